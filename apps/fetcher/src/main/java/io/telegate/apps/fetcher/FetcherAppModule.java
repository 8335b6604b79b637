package io.telegate.apps.fetcher;

import dagger.Module;
import dagger.Provides;
import io.telegate.adapters.files.FilesConfig;
import io.telegate.apps.runtime.config.CommonConfig;

/** The fetcher app's configuration records, taken apart for the modules that need them. */
@Module
public interface FetcherAppModule {

    @Provides
    static CommonConfig commonConfig(FetcherConfig config) {
        return config.common();
    }

    @Provides
    static FilesConfig filesConfig(FetcherConfig config) {
        return config.files();
    }

    @Provides
    static FetchSettings fetchSettings(FetcherConfig config) {
        return config.settings();
    }
}
