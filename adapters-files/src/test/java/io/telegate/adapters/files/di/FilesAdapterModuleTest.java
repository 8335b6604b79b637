package io.telegate.adapters.files.di;

import static org.assertj.core.api.Assertions.assertThat;

import dagger.BindsInstance;
import dagger.Component;
import io.telegate.adapters.files.FilesConfig;
import io.telegate.ports.model.fetch.ArchiveDay;
import io.telegate.ports.out.HealthCheck;
import io.telegate.ports.out.MessageArchive;
import io.telegate.testkit.fixtures.Messages;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilesAdapterModuleTest {

    @Singleton
    @Component(modules = FilesAdapterModule.class)
    interface FilesComponent {
        MessageArchive archive();

        Set<HealthCheck> healthChecks();

        @Component.Factory
        interface Factory {
            FilesComponent create(@BindsInstance FilesConfig config, @BindsInstance Clock clock);
        }
    }

    @TempDir
    Path root;

    @Test
    void buildingTheComponentTouchesNothingAndTheArchiveOpensOnFirstUse() {
        Path data = root.resolve("data");
        FilesComponent component = DaggerFilesAdapterModuleTest_FilesComponent.factory()
                .create(new FilesConfig(data), Clock.systemUTC());
        assertThat(data).doesNotExist();

        MessageArchive archive = component.archive();
        ArchiveDay day = new ArchiveDay("@ru_python", LocalDate.of(2025, 11, 7));
        archive.write(day, Messages.day(day.chat(), day.date(), 3), true);

        assertThat(component.archive()).isSameAs(archive);
        assertThat(data.resolve("ru_python/2025/discussions_2025-11-07.json")).exists();
        assertThat(component.healthChecks()).singleElement().satisfies(check -> {
            assertThat(check.name()).isEqualTo("archive");
            assertThat(check.check().up()).isTrue();
        });
    }
}
