package io.telegate.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.HealthStatus;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesHealthCheckTest {

    @TempDir
    Path root;

    @Test
    void aWritableDataDirectoryIsUpAndTheProbeLeavesNothingBehind() throws IOException {
        FilesHealthCheck check = new FilesHealthCheck(new FilesConfig(root));

        HealthStatus status = check.check();

        assertThat(check.name()).isEqualTo("archive");
        assertThat(status.up()).isTrue();
        try (var left = Files.list(root)) {
            assertThat(left).isEmpty();
        }
    }

    @Test
    void aMissingDataDirectoryIsDown() {
        HealthStatus status = new FilesHealthCheck(new FilesConfig(root.resolve("missing"))).check();

        assertThat(status.up()).isFalse();
        assertThat(status.detail()).contains("does not exist");
    }

    @Test
    void aDataDirectoryPathThatIsAFileIsDown() throws IOException {
        Path file = Files.writeString(root.resolve("data"), "not a directory");

        assertThat(new FilesHealthCheck(new FilesConfig(file)).check().up()).isFalse();
    }
}
