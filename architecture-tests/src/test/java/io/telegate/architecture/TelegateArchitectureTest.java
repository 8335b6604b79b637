package io.telegate.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.junit.ArchTests;

/** Checks every rule of {@link TelegateArchitecture} against the production classes of all Telegate modules. */
@AnalyzeClasses(
        packages = "io.telegate",
        importOptions = {ImportOption.DoNotIncludeTests.class, ProductionClassesOnly.class})
class TelegateArchitectureTest {

    @ArchTest
    static final ArchTests TELEGATE_ARCHITECTURE = ArchTests.in(TelegateArchitecture.class);

    @ArchTest
    static void importedClassesAreTheProductionClassesOfTheModules(JavaClasses classes) {
        assertThat(classes.contain("io.telegate.ports.out.CommandQueue"))
                .as("the ports are imported from the reactor").isTrue();
        assertThat(classes.stream().map(JavaClass::getName))
                .as("no compiled test (planted violations, these rules) is a subject of the real check")
                .noneMatch(name -> name.contains(".planted") || name.startsWith("io.telegate.architecture."));
        assertThat(classes.stream().map(JavaClass::getName))
                .as("only Telegate's own classes are rule subjects, never JDK or library classes")
                .allMatch(name -> name.startsWith("io.telegate."));
    }
}
