package io.telegate.architecture;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.net.URI;
import org.junit.jupiter.api.Test;

/** The import option keeps module classes and drops compiled tests, whatever the build directory. */
class ProductionClassesOnlyTest {

    private final ImportOption option = new ProductionClassesOnly();

    @Test
    void compiledTestsOfAPerEngineerBuildDirectoryAreLeftOut() {
        Location planted = location("file:///work/main/architecture-tests/target-arch/test-classes"
                + "/io/telegate/core/planted/CoreUsesJackson.class");

        assertThat(option.includes(planted)).isFalse();
        assertThat(new ImportOption.DoNotIncludeTests().includes(planted))
                .as("ArchUnit's own option misses this directory, which is why this option exists")
                .isTrue();
    }

    @Test
    void compiledTestsOfTheDefaultBuildDirectoryAreLeftOut() {
        Location compiledTest = location("file:///work/main/core/target/test-classes/io/telegate/core/FooTest.class");

        assertThat(option.includes(compiledTest)).isFalse();
    }

    @Test
    void testJarsAreLeftOut() {
        Location inTestJar = location("jar:file:///repo/core-0.1.0-SNAPSHOT-tests.jar!/io/telegate/core/Foo.class");

        assertThat(option.includes(inTestJar)).isFalse();
    }

    @Test
    void moduleJarsAndMainClassesAreImported() {
        Location inModuleJar =
                location("jar:file:///work/main/core/target-arch/core-0.1.0-SNAPSHOT.jar!/io/telegate/core/Foo.class");
        Location inClassesDirectory = location("file:///work/main/core/target-arch/classes/io/telegate/core/Foo.class");

        assertThat(option.includes(inModuleJar)).isTrue();
        assertThat(option.includes(inClassesDirectory)).isTrue();
    }

    private static Location location(String uri) {
        return Location.of(URI.create(uri));
    }
}
