package io.telegate.adapters.files.di;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.files.FileMessageArchive;
import io.telegate.adapters.files.FilesConfig;
import io.telegate.adapters.files.FilesHealthCheck;
import io.telegate.ports.out.HealthCheck;
import io.telegate.ports.out.MessageArchive;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Binds {@link MessageArchive} to the file archive under {@link FilesConfig#dataDir()} and adds its health check.
 * The archive opens (creating the data directory, removing stale temp files) when first requested, not when the
 * component is built.
 */
@Module
public interface FilesAdapterModule {

    @Binds
    MessageArchive messageArchive(FileMessageArchive archive);

    @Binds
    @IntoSet
    HealthCheck archiveHealth(FilesHealthCheck check);

    @Provides
    @Singleton
    static FileMessageArchive fileMessageArchive(FilesConfig config, Clock clock) {
        return FileMessageArchive.open(config, clock);
    }
}
