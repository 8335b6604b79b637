package io.telegate.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import java.lang.reflect.Field;
import java.util.Arrays;
import java.util.List;
import org.assertj.core.api.AbstractThrowableAssert;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Proves that each rule fails on a violation planted in the packages it governs, and stays quiet about the allowed
 * cases planted next to it. The planted classes are compiled tests, so the real check never sees them.
 */
class RulesBiteTest {

    private static JavaClasses planted;

    @BeforeAll
    static void importPlantedViolations() {
        planted = new ClassFileImporter().importPackages(
                "io.telegate.ports.model.planted",
                "io.telegate.ports.out.planted",
                "io.telegate.core.planted",
                "io.telegate.core.plantedcyclea",
                "io.telegate.core.plantedcycleb",
                "io.telegate.adapters.redis.planted",
                "io.telegate.adapters.rabbitmq.planted",
                "io.telegate.adapters.plantedtech",
                "io.telegate.sandbox.planted",
                "io.telegate.testkit.planted",
                "io.telegate.apps.planted",
                "io.telegate.apps.plantedruntime",
                "io.telegate.apps.planteddemo",
                "io.telegate.bench.planted",
                "io.telegate.plantedlayer");
    }

    @Test
    void theImportHoldsOnlyPlantedClasses() {
        assertThat(planted.contain("io.telegate.core.planted.CoreUsesJackson")).isTrue();
        assertThat(planted.contain("io.telegate.adapters.redis.planted.di.PlantedRedisModule")).isTrue();
        assertThat(planted.stream()).allMatch(javaClass -> javaClass.getName().contains(".planted"));
    }

    @Test
    void everyRuleOfTheArchitectureFailsOnThePlantedViolations() throws IllegalAccessException {
        List<Field> rules = Arrays.stream(TelegateArchitecture.class.getFields())
                .filter(field -> field.getType().equals(ArchRule.class))
                .toList();
        assertThat(rules).as("the rule constants are found").isNotEmpty();
        for (Field field : rules) {
            ArchRule rule = (ArchRule) field.get(null);
            assertThat(rule.evaluate(planted).hasViolation())
                    .as("%s needs a planted violation that it reports", field.getName())
                    .isTrue();
        }
    }

    @Test
    void portsThatUseSlf4jBreakThePortsRule() {
        assertViolation(TelegateArchitecture.PORTS_DEPEND_ONLY_ON_THE_JDK)
                .hasMessageContaining("io.telegate.ports.model.planted.PortUsesSlf4j")
                .hasMessageContaining("org.slf4j.Logger")
                .message().doesNotContain("ValueTypeInOutPort", "PlantedRole");
    }

    @Test
    void aRecordInPortsOutBreaksTheInterfacesAndExceptionsRule() {
        assertViolation(TelegateArchitecture.PORTS_IN_AND_OUT_HOLD_ONLY_INTERFACES_AND_EXCEPTIONS)
                .hasMessageContaining("io.telegate.ports.out.planted.ValueTypeInOutPort")
                .message().doesNotContain("PlantedRole", "PlantedRoleFailure");
    }

    @Test
    void coreUsingJacksonDaggerOrTheSandboxBreaksTheCoreRule() {
        assertViolation(TelegateArchitecture.CORE_DEPENDS_ONLY_ON_PORTS_AND_ITS_FEW_LIBRARIES)
                .hasMessageContaining("io.telegate.core.planted.CoreUsesJackson")
                .hasMessageContaining("io.telegate.core.planted.CoreUsesDagger")
                .hasMessageContaining("io.telegate.core.planted.CoreUsesSandbox")
                .message().doesNotContain("CoreUsesInjectedClock", "ConstructorInjectedService",
                        "DaggerGeneratedCoreFactory");
    }

    @Test
    void coreTouchingFilesOrTheNetworkBreaksTheNoIoRule() {
        assertViolation(TelegateArchitecture.CORE_DOES_NO_IO)
                .hasMessageContaining("io.telegate.core.planted.CoreReadsFiles")
                .hasMessageContaining("io.telegate.core.planted.CoreOpensFile")
                .hasMessageContaining("io.telegate.core.planted.CoreResolvesHosts")
                .message().doesNotContain("CoreReadsStreams");
    }

    @Test
    void coreReadingTheSystemClockBreaksTheWallClockRule() {
        assertViolation(TelegateArchitecture.CORE_DOES_NOT_READ_THE_WALL_CLOCK)
                .hasMessageContaining("io.telegate.core.planted.CoreReadsWallClock.stamp")
                .hasMessageContaining("io.telegate.core.planted.CoreReadsWallClockByReference")
                .hasMessageContaining("io.telegate.core.planted.CoreReadsSystemMillis")
                .message().doesNotContain("CoreUsesInjectedClock");
    }

    @Test
    void redisAdapterUsingCoreJacksonAnotherAdapterOrDaggerOutsideDiBreaksTheAdapterRule() {
        assertViolation(TelegateArchitecture.ADAPTERS_DEPEND_ONLY_ON_PORTS_AND_THEIR_TECHNOLOGY)
                .hasMessageContaining("io.telegate.adapters.redis.planted.RedisUsesCore")
                .hasMessageContaining("io.telegate.adapters.redis.planted.RedisUsesJackson")
                .hasMessageContaining("io.telegate.adapters.redis.planted.RedisUsesRabbitAdapter")
                .hasMessageContaining("io.telegate.adapters.redis.planted.RedisUsesDaggerOutsideDi")
                .message().doesNotContain("PlantedRedisModule");
    }

    @Test
    void anAdapterUsingAnotherAdapterBreaksTheIndependenceRule() {
        assertViolation(TelegateArchitecture.ADAPTERS_DO_NOT_DEPEND_ON_EACH_OTHER)
                .hasMessageContaining("io.telegate.adapters.redis.planted.RedisUsesRabbitAdapter")
                .hasMessageContaining("io.telegate.adapters.rabbitmq.planted.RabbitUsesRedisAdapter");
    }

    @Test
    void sandboxUsingTheCoreBreaksTheSandboxRule() {
        assertViolation(TelegateArchitecture.SANDBOX_DEPENDS_ONLY_ON_PORTS_AND_ITS_WEB_STACK)
                .hasMessageContaining("io.telegate.sandbox.planted.SandboxUsesCore")
                .message().doesNotContain("SandboxUsesJackson");
    }

    @Test
    void jacksonInTheCoreOrTheRedisAdapterBreaksTheVendorConfinementRule() {
        assertViolation(TelegateArchitecture.VENDOR_LIBRARIES_ARE_CONFINED)
                .hasMessageContaining("io.telegate.core.planted.CoreUsesJackson")
                .hasMessageContaining("io.telegate.adapters.redis.planted.RedisUsesJackson")
                .message().doesNotContain("SandboxUsesJackson", "AppUsesJackson");
    }

    @Test
    void daggerOutsideDiPackagesAndAppsBreaksTheDaggerRule() {
        assertViolation(TelegateArchitecture.DAGGER_ONLY_IN_DI_PACKAGES_AND_APPS)
                .hasMessageContaining("io.telegate.core.planted.CoreUsesDagger")
                .hasMessageContaining("io.telegate.adapters.redis.planted.RedisUsesDaggerOutsideDi")
                .message().doesNotContain("PlantedRedisModule", "AppUsesDagger", "DaggerGeneratedCoreFactory");
    }

    @Test
    void coreAndSandboxUsingEachOtherBreakTheModuleCycleRule() {
        assertViolation(TelegateArchitecture.NO_CYCLES_BETWEEN_MODULES)
                .hasMessageContaining("io.telegate.core.planted.CoreUsesSandbox")
                .hasMessageContaining("io.telegate.sandbox.planted.SandboxUsesCore");
    }

    @Test
    void twoCoreCapabilitiesUsingEachOtherBreakTheCoreCycleRule() {
        assertViolation(TelegateArchitecture.NO_CYCLES_BETWEEN_CORE_CAPABILITIES)
                .hasMessageContaining("io.telegate.core.plantedcyclea.CycleA")
                .hasMessageContaining("io.telegate.core.plantedcycleb.CycleB");
    }

    @Test
    void twoAdaptersUsingEachOtherBreakTheAdapterCycleRule() {
        assertViolation(TelegateArchitecture.NO_CYCLES_BETWEEN_ADAPTERS)
                .hasMessageContaining("io.telegate.adapters.redis.planted.RedisUsesRabbitAdapter")
                .hasMessageContaining("io.telegate.adapters.rabbitmq.planted.RabbitUsesRedisAdapter");
    }

    @Test
    void appRuntimeKnowingAnAppBreaksTheAppCycleRule() {
        assertViolation(TelegateArchitecture.NO_CYCLES_BETWEEN_APPS)
                .hasMessageContaining("io.telegate.apps.plantedruntime.RuntimeUsesDemo")
                .hasMessageContaining("io.telegate.apps.planteddemo.DemoUsesRuntime");
    }

    @Test
    void injectAnnotatedFieldsBreakTheFieldInjectionRule() {
        assertViolation(TelegateArchitecture.NO_FIELD_INJECTION)
                .hasMessageContaining("io.telegate.core.planted.FieldInjectedService.collaborator")
                .hasMessageContaining("io.telegate.core.planted.JavaxFieldInjectedService.collaborator")
                .message().doesNotContain("ConstructorInjectedService");
    }

    @Test
    void injectAnnotatedMethodsBreakTheMethodInjectionRule() {
        assertViolation(TelegateArchitecture.NO_METHOD_INJECTION)
                .hasMessageContaining("io.telegate.core.planted.MethodInjectedService.setCollaborator")
                .message().doesNotContain("ConstructorInjectedService");
    }

    @Test
    void printingOutsideCommandLineCodeBreaksTheStandardStreamsRule() {
        assertViolation(TelegateArchitecture.NO_STANDARD_STREAMS_OUTSIDE_COMMAND_LINE_CODE)
                .hasMessageContaining("io.telegate.core.planted.CorePrintsToStdout")
                .hasMessageContaining("io.telegate.apps.planted.AppHelperPrints")
                .message().doesNotContain("io.telegate.apps.planted.Main", "CommandLinePrinter", "BenchPrintsTable");
    }

    @Test
    void javaUtilLoggingBreaksTheLoggingRule() {
        assertViolation(TelegateArchitecture.NO_JAVA_UTIL_LOGGING)
                .hasMessageContaining("io.telegate.core.planted.CoreUsesJavaUtilLogging");
    }

    @Test
    void printStackTraceCallsAndReferencesBreakThePrintStackTraceRule() {
        assertViolation(TelegateArchitecture.NO_PRINT_STACK_TRACE)
                .hasMessageContaining("io.telegate.core.planted.CorePrintsStackTrace.attempt")
                .hasMessageContaining("io.telegate.core.planted.CorePrintsStackTraceByReference");
    }

    @Test
    void classesOutsideKnownModulesBreakTheKnownModuleRule() {
        assertViolation(TelegateArchitecture.EVERY_CLASS_BELONGS_TO_A_KNOWN_MODULE)
                .hasMessageContaining("io.telegate.plantedlayer.StrayClass")
                .hasMessageContaining("io.telegate.adapters.plantedtech.StrayAdapter")
                .message().doesNotContain("RedisUsesCore", "SomeCoreType", "BenchPrintsTable");
    }

    @Test
    void theTestkitUsingAnAppBreaksTheAppsAreOutermostRule() {
        assertViolation(TelegateArchitecture.NOTHING_DEPENDS_ON_APPS)
                .hasMessageContaining("io.telegate.testkit.planted.TestkitUsesApps")
                .message().doesNotContain("DemoUsesRuntime");
    }

    @Test
    void assertjInTheCoreBreaksTheTestLibrariesRule() {
        assertViolation(TelegateArchitecture.TEST_LIBRARIES_ONLY_IN_TESTKIT)
                .hasMessageContaining("io.telegate.core.planted.CoreUsesAssertj")
                .message().doesNotContain("TestkitUsesAssertj");
    }

    @Test
    void aMainMethodInTheSandboxBreaksTheEntryPointRule() {
        assertViolation(TelegateArchitecture.MAIN_METHODS_ONLY_IN_APPS)
                .hasMessageContaining("io.telegate.sandbox.planted.SandboxHasMain.main")
                .message().doesNotContain("io.telegate.apps.planted.Main");
    }

    @Test
    void aRuleWhoseSubjectsAreMissingFailsUnlessItAllowsAnEmptyMatch() {
        JavaClasses appsOnly = new ClassFileImporter().importPackages("io.telegate.apps.planted.cli");
        assertThatThrownBy(() -> TelegateArchitecture.PORTS_DEPEND_ONLY_ON_THE_JDK.check(appsOnly))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
        assertThatThrownBy(() -> TelegateArchitecture.NO_CYCLES_BETWEEN_CORE_CAPABILITIES.check(appsOnly))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("failed to check any classes");
        assertThatCode(() -> TelegateArchitecture.ADAPTERS_DEPEND_ONLY_ON_PORTS_AND_THEIR_TECHNOLOGY.check(appsOnly))
                .as("adapter rules opt out while some adapter modules are still empty")
                .doesNotThrowAnyException();
    }

    private static AbstractThrowableAssert<?, ? extends Throwable> assertViolation(ArchRule rule) {
        return assertThatThrownBy(() -> rule.check(planted)).isInstanceOf(AssertionError.class);
    }
}
