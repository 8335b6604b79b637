package io.telegate.apps.demo;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.apps.runtime.config.CommonConfig;
import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.apps.runtime.lifecycle.Service.Phase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;

/** The demo's own wiring: its configuration records and the data directory. */
@Module
interface DemoModule {

    @Provides
    static CommonConfig commonConfig(DemoConfig config) {
        return config.common();
    }

    @Provides
    @IntoSet
    static Service dataDirectory(DemoConfig config) {
        return Service.of("data-dir", Phase.INFRASTRUCTURE, () -> {
            try {
                Files.createDirectories(config.dataDir());
            } catch (IOException e) {
                throw new UncheckedIOException("cannot create DATA_DIR " + config.dataDir().toAbsolutePath(), e);
            }
        }, () -> { });
    }
}
