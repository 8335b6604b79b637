package io.telegate.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.core.importer.Location;
import java.util.regex.Pattern;

/**
 * Leaves out compiled tests whatever the build directory is called. ArchUnit's own {@code DoNotIncludeTests}
 * recognises only {@code target/test-classes}, while parallel builds in one checkout use {@code target-<name>}.
 */
public final class ProductionClassesOnly implements ImportOption {

    private static final Pattern TEST_CLASSES = Pattern.compile(".*/target[^/]*/test-classes/.*");
    private static final Pattern TEST_JARS = Pattern.compile(".*-tests\\.jar!/.*");

    @Override
    public boolean includes(Location location) {
        return !location.matches(TEST_CLASSES) && !location.matches(TEST_JARS);
    }
}
