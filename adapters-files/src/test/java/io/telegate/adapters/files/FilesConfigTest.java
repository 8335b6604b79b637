package io.telegate.adapters.files;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class FilesConfigTest {

    @Test
    void theDataDirectoryIsKeptAbsoluteAndNormalized() {
        FilesConfig config = new FilesConfig(Path.of("var/../data"));

        assertThat(config.dataDir()).isEqualTo(Path.of("data").toAbsolutePath());
        assertThat(config.staleTempAge()).isEqualTo(FilesConfig.DEFAULT_STALE_TEMP_AGE);
    }

    @Test
    void aNegativeStaleTempAgeIsRejected() {
        assertThatThrownBy(() -> new FilesConfig(Path.of("data"), Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("staleTempAge");
    }
}
