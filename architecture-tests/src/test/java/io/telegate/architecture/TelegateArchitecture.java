package io.telegate.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependencyOrigin;
import static com.tngtech.archunit.core.domain.Dependency.Predicates.dependencyTarget;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideOutsideOfPackages;
import static com.tngtech.archunit.lang.conditions.ArchConditions.onlyHaveDependenciesWhere;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static io.telegate.architecture.CodePredicates.BENCHMARK_CODE;
import static io.telegate.architecture.CodePredicates.COMMAND_LINE_CODE;
import static io.telegate.architecture.CodePredicates.FILE_NETWORK_OR_DATABASE_TYPES;
import static io.telegate.architecture.CodePredicates.HAND_WRITTEN;
import static io.telegate.architecture.CodePredicates.STACK_TRACE_PRINTS;
import static io.telegate.architecture.CodePredicates.WALL_CLOCK_READS;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.CompositeArchRule;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Stream;

/**
 * Telegate's architecture as executable ArchUnit rules, each an allow-list with its reason.
 *
 * <p>The rules, and why:
 * <ol>
 *   <li>{@link #PORTS_DEPEND_ONLY_ON_THE_JDK}: every module compiles against the ports, so a library there would
 *       leak into all of them.</li>
 *   <li>{@link #PORTS_IN_AND_OUT_HOLD_ONLY_INTERFACES_AND_EXCEPTIONS}: {@code ports.in} and {@code ports.out} name
 *       roles and their failures; the values crossing them live in {@code ports.model}.</li>
 *   <li>{@link #CORE_DEPENDS_ONLY_ON_PORTS_AND_ITS_FEW_LIBRARIES}: the domain is plain Java on ports
 *       ({@code java..}, {@code javax.crypto..}, {@code jakarta.inject..}, {@code org.slf4j..}), so it runs the same
 *       against in-memory fakes and real adapters.</li>
 *   <li>{@link #CORE_DOES_NO_IO}: files, sockets and SQL belong to adapters; the core reaches the world through
 *       ports only.</li>
 *   <li>{@link #CORE_DOES_NOT_READ_THE_WALL_CLOCK}: time comes from the injected {@link java.time.Clock}, so tests
 *       control it.</li>
 *   <li>{@link #ADAPTERS_DEPEND_ONLY_ON_PORTS_AND_THEIR_TECHNOLOGY}: an adapter translates one technology to the
 *       ports (Dagger only in its {@code ..di..} package) and knows nothing of core, apps, sandbox, testkit or other
 *       adapters; the table is {@link AdapterTechnology}.</li>
 *   <li>{@link #ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER}: each adapter can be swapped or dropped on its own.</li>
 *   <li>{@link #SANDBOX_DEPENDS_ONLY_ON_PORTS_AND_ITS_WEB_STACK}: the Telegram emulation stands in for the real
 *       cloud, so it must not borrow Telegate's own logic (core, adapters, apps) and thereby agree with it by
 *       construction.</li>
 *   <li>{@link #VENDOR_LIBRARIES_ARE_CONFINED}: each vendor library (table {@link VendorLibrary}) is used only by
 *       the modules that speak its technology, and by apps; Logback and dotenv by apps only.</li>
 *   <li>{@link #DAGGER_ONLY_IN_DI_PACKAGES_AND_APPS}: classes stay plain constructor-injected Java; the wiring is
 *       kept apart.</li>
 *   <li>{@link #NO_CYCLES_BETWEEN_MODULES}, {@link #NO_CYCLES_BETWEEN_CORE_CAPABILITIES},
 *       {@link #NO_CYCLES_BETWEEN_ADAPTERS}, {@link #NO_CYCLES_BETWEEN_APPS}: packages that depend on each other
 *       cannot be understood, tested or split apart separately.</li>
 *   <li>{@link #NO_FIELD_INJECTION}, {@link #NO_METHOD_INJECTION}: constructor injection only, so every object is
 *       complete and immutable once built, with or without Dagger.</li>
 *   <li>{@link #NO_STANDARD_STREAMS_OUTSIDE_COMMAND_LINE_CODE}: output goes through SLF4J, where the app decides
 *       its format and destination; only an app's command line and benchmarks print.</li>
 *   <li>{@link #NO_JAVA_UTIL_LOGGING}, {@link #NO_PRINT_STACK_TRACE}: one logging facade, and no failures that
 *       bypass it.</li>
 *   <li>{@link #EVERY_CLASS_BELONGS_TO_A_KNOWN_MODULE}: a class outside the known packages would escape every rule
 *       above, so a new layer or adapter must be added here first.</li>
 *   <li>{@link #NOTHING_DEPENDS_ON_APPS}: apps are the outermost ring; the rest must not know them.</li>
 *   <li>{@link #TEST_LIBRARIES_ONLY_IN_TESTKIT}: JUnit, AssertJ and friends do not ship in production code.</li>
 *   <li>{@link #MAIN_METHODS_ONLY_IN_APPS}: apps are the only entry points.</li>
 * </ol>
 *
 * <p>Classes generated by Dagger are not subjects of the layer rules: Dagger writes a factory next to each
 * {@code @Inject} class, in that class's package, and such code depends on {@code dagger.internal}.
 *
 * <p>Each rule is an {@code @ArchTest} constant, so {@code TelegateArchitectureTest} checks all of them against the
 * production classes, and {@code RulesBiteTest} shows each one failing on violations planted in its packages.
 *
 * <p>A rule that matches no class fails ({@code archRule.failOnEmptyShould}), so a misspelt package cannot pass
 * silently. Only the per-adapter allow-lists accept an empty match, because some adapter modules are still empty;
 * the planted violations show that they select the packages they name, and
 * {@link #EVERY_CLASS_BELONGS_TO_A_KNOWN_MODULE} keeps real adapter classes inside those packages. This catalogue is
 * longer than our usual class because it is the single overview of the architecture.
 */
public final class TelegateArchitecture {

    static final String PORTS = "io.telegate.ports..";
    static final String PORTS_MODEL = "io.telegate.ports.model..";
    static final String PORTS_IN = "io.telegate.ports.in..";
    static final String PORTS_OUT = "io.telegate.ports.out..";
    static final String CORE = "io.telegate.core..";
    static final String SANDBOX = "io.telegate.sandbox..";
    static final String TESTKIT = "io.telegate.testkit..";
    static final String APPS = "io.telegate.apps..";
    static final String BENCH = "io.telegate.bench..";
    static final String DI = "..di..";
    static final String DAGGER = "dagger..";

    static final List<VendorLibrary> SANDBOX_LIBRARIES =
            List.of(VendorLibrary.JAVALIN, VendorLibrary.JACKSON, VendorLibrary.JETTY, VendorLibrary.SERVLET_API);

    @ArchTest
    public static final ArchRule PORTS_DEPEND_ONLY_ON_THE_JDK = classes()
            .that().resideInAPackage(PORTS)
            .should().onlyDependOnClassesThat().resideInAnyPackage(PORTS, "java..")
            .because("every module compiles against the ports, so a library there would leak into all of them");

    @ArchTest
    public static final ArchRule PORTS_IN_AND_OUT_HOLD_ONLY_INTERFACES_AND_EXCEPTIONS = classes()
            .that().resideInAnyPackage(PORTS_IN, PORTS_OUT)
            .should().beInterfaces().orShould().beAssignableTo(Throwable.class)
            .because("ports.in and ports.out name roles and their failures; the values crossing them live in"
                    + " ports.model, the one vocabulary core and adapters share");

    @ArchTest
    public static final ArchRule CORE_DEPENDS_ONLY_ON_PORTS_AND_ITS_FEW_LIBRARIES = classes()
            .that(resideInAPackage(CORE).and(HAND_WRITTEN))
            .should().onlyDependOnClassesThat()
            .resideInAnyPackage(CORE, PORTS, "java..", "javax.crypto..", "jakarta.inject..", "org.slf4j..")
            .because("the domain is plain Java on ports, so it runs the same against in-memory fakes and real"
                    + " adapters, and no framework or vendor type shapes it");

    @ArchTest
    public static final ArchRule CORE_DOES_NO_IO = noClasses()
            .that().resideInAPackage(CORE)
            .should().dependOnClassesThat(FILE_NETWORK_OR_DATABASE_TYPES)
            .because("files, sockets and SQL belong to adapters; the core reaches the world through ports only");

    @ArchTest
    public static final ArchRule CORE_DOES_NOT_READ_THE_WALL_CLOCK = noClasses()
            .that().resideInAPackage(CORE)
            .should().accessTargetWhere(WALL_CLOCK_READS)
            .because("time comes from the injected java.time.Clock, so tests can fix and advance it");

    @ArchTest
    public static final ArchRule ADAPTERS_DEPEND_ONLY_ON_PORTS_AND_THEIR_TECHNOLOGY = CompositeArchRule
            .of(Arrays.stream(AdapterTechnology.values()).map(TelegateArchitecture::adapterAllowList).toList())
            .as("each adapter depends only on the ports, the JDK, SLF4J, jakarta.inject, Dagger (from its ..di.."
                    + " packages) and the libraries of its own technology")
            .because("an adapter translates one technology to the ports; knowing core, apps, the sandbox, the"
                    + " testkit or another adapter would tie it to code it must stay swappable against");

    @ArchTest
    public static final ArchRule ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER = slices()
            .matching("io.telegate.adapters.(*)..")
            .should().notDependOnEachOther()
            .because("each adapter can be swapped or dropped on its own; shared needs belong in the ports");

    @ArchTest
    public static final ArchRule SANDBOX_DEPENDS_ONLY_ON_PORTS_AND_ITS_WEB_STACK = classes()
            .that(resideInAPackage(SANDBOX).and(HAND_WRITTEN))
            .should().onlyDependOnClassesThat().resideInAnyPackage(concat(
                    List.of(SANDBOX, PORTS, "java..", "javax..", "org.slf4j.."), packagesOf(SANDBOX_LIBRARIES)))
            .because("the sandbox stands in for the Telegram cloud; borrowing core, adapter or app code would make"
                    + " it agree with Telegate by construction instead of by test");

    @ArchTest
    public static final ArchRule VENDOR_LIBRARIES_ARE_CONFINED = CompositeArchRule
            .of(Arrays.stream(VendorLibrary.values()).map(TelegateArchitecture::confinement).toList())
            .as("each vendor library is used only by the modules that speak its technology, and by apps")
            .because("vendor types stay at the edge that translates them, so replacing a library touches one"
                    + " module and no vendor type reaches the domain");

    @ArchTest
    public static final ArchRule DAGGER_ONLY_IN_DI_PACKAGES_AND_APPS = noClasses()
            .that(resideOutsideOfPackages(DI, APPS).and(HAND_WRITTEN))
            .should().dependOnClassesThat().resideInAPackage(DAGGER)
            .because("classes stay plain constructor-injected Java that tests build by hand; the wiring lives in"
                    + " ..di.. modules and the apps' components");

    @ArchTest
    public static final ArchRule NO_CYCLES_BETWEEN_MODULES = slices()
            .matching("io.telegate.(*)..")
            .should().beFreeOfCycles()
            .because("ports, core, adapters, sandbox, testkit and apps form layers; a cycle would merge them");

    @ArchTest
    public static final ArchRule NO_CYCLES_BETWEEN_CORE_CAPABILITIES = slices()
            .matching("io.telegate.core.(*)..")
            .should().beFreeOfCycles()
            .because("each capability of the core is understood and tested on its own");

    @ArchTest
    public static final ArchRule NO_CYCLES_BETWEEN_ADAPTERS = slices()
            .matching("io.telegate.adapters.(*)..")
            .should().beFreeOfCycles()
            .because("adapters are independent translations of one technology each");

    @ArchTest
    public static final ArchRule NO_CYCLES_BETWEEN_APPS = slices()
            .matching("io.telegate.apps.(*)..")
            .should().beFreeOfCycles()
            .because("apps.runtime is the support library the apps build on; it must not know any app");

    @ArchTest
    public static final ArchRule NO_FIELD_INJECTION = noFields()
            .should().beAnnotatedWith("jakarta.inject.Inject")
            .orShould().beAnnotatedWith("javax.inject.Inject")
            .because("constructor injection makes every object complete and immutable once built, with or without"
                    + " Dagger");

    @ArchTest
    public static final ArchRule NO_METHOD_INJECTION = noMethods()
            .should().beAnnotatedWith("jakarta.inject.Inject")
            .orShould().beAnnotatedWith("javax.inject.Inject")
            .because("constructor injection makes every object complete and immutable once built, with or without"
                    + " Dagger");

    @ArchTest
    public static final ArchRule NO_STANDARD_STREAMS_OUTSIDE_COMMAND_LINE_CODE = noClasses()
            .that(not(COMMAND_LINE_CODE).and(not(BENCHMARK_CODE)))
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("output goes through SLF4J, where the app decides format and destination; only an app's"
                    + " command line and the benchmarks print");

    @ArchTest
    public static final ArchRule NO_JAVA_UTIL_LOGGING = noClasses()
            .should().dependOnClassesThat().resideInAPackage("java.util.logging..")
            .because("SLF4J is the one logging facade; the app binds it to Logback");

    @ArchTest
    public static final ArchRule NO_PRINT_STACK_TRACE = noClasses()
            .should().accessTargetWhere(STACK_TRACE_PRINTS)
            .because("a printed stack trace bypasses the logging facade and may expose what the log would mask;"
                    + " log the exception through SLF4J or rethrow it");

    @ArchTest
    public static final ArchRule EVERY_CLASS_BELONGS_TO_A_KNOWN_MODULE = classes()
            .that().doNotHaveSimpleName("package-info")
            .should().resideInAnyPackage(concat(
                    List.of(PORTS_MODEL, PORTS_IN, PORTS_OUT, CORE, SANDBOX, TESTKIT, APPS, BENCH),
                    Arrays.stream(AdapterTechnology.values()).map(AdapterTechnology::packagePattern).toList()))
            .because("a class outside the known packages would escape every other rule; a new module or adapter"
                    + " technology is added to the architecture rules first");

    @ArchTest
    public static final ArchRule NOTHING_DEPENDS_ON_APPS = noClasses()
            .that().resideOutsideOfPackages(APPS, BENCH)
            .should().dependOnClassesThat().resideInAPackage(APPS)
            .because("apps are the outermost ring that wires everything; nothing inside may know them");

    @ArchTest
    public static final ArchRule TEST_LIBRARIES_ONLY_IN_TESTKIT = noClasses()
            .that().resideOutsideOfPackage(TESTKIT)
            .should().dependOnClassesThat()
            .resideInAnyPackage("org.junit..", "org.assertj..", "org.awaitility..", "org.mockito..")
            .because("test libraries do not ship in production code; contract suites and fixtures live in the"
                    + " testkit");

    @ArchTest
    public static final ArchRule MAIN_METHODS_ONLY_IN_APPS = methods()
            .that().haveName("main").and().areStatic().and().haveRawParameterTypes(String[].class)
            .should().beDeclaredInClassesThat().resideInAnyPackage(APPS, BENCH)
            .because("apps are the only entry points; everything else is a library they wire");

    private TelegateArchitecture() {
    }

    private static ArchRule adapterAllowList(AdapterTechnology adapter) {
        String[] allowedTargets = concat(
                List.of(adapter.packagePattern(), PORTS, "java..", "javax..", "org.slf4j..", "jakarta.inject.."),
                packagesOf(adapter.libraries()));
        DescribedPredicate<Dependency> daggerFromDi =
                dependencyOrigin(resideInAPackage(DI)).and(dependencyTarget(resideInAPackage(DAGGER)));
        DescribedPredicate<Dependency> allowed = dependencyTarget(resideInAnyPackage(allowedTargets))
                .or(daggerFromDi)
                .as("the ports, the JDK, SLF4J, jakarta.inject, Dagger (from ..di..), "
                        + adapter.technology() + " itself or " + adapter.libraryNames());
        return classes()
                .that(resideInAPackage(adapter.packagePattern()).and(HAND_WRITTEN))
                .should(onlyHaveDependenciesWhere(allowed))
                .as("the " + adapter.technology() + " adapter depends only on " + allowed.getDescription())
                // Adapter modules are filled one by one; the planted violations prove the package selection.
                .allowEmptyShould(true);
    }

    private static ArchRule confinement(VendorLibrary library) {
        List<String> users = new ArrayList<>();
        Arrays.stream(AdapterTechnology.values())
                .filter(adapter -> adapter.uses(library))
                .forEach(adapter -> users.add(adapter.packagePattern()));
        if (SANDBOX_LIBRARIES.contains(library)) {
            users.add(SANDBOX);
        }
        users.add(APPS);
        return noClasses()
                .that().resideOutsideOfPackages(users.toArray(String[]::new))
                .should().dependOnClassesThat().resideInAnyPackage(library.packages().toArray(String[]::new))
                .as(library.displayName() + " is used only in " + String.join(", ", users));
    }

    private static List<String> packagesOf(List<VendorLibrary> libraries) {
        return libraries.stream().flatMap(library -> library.packages().stream()).toList();
    }

    private static String[] concat(List<String> first, List<String> second) {
        return Stream.concat(first.stream(), second.stream()).toArray(String[]::new);
    }
}
