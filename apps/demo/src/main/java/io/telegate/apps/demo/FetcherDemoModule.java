package io.telegate.apps.demo;

import dagger.Module;
import dagger.Provides;
import io.telegate.adapters.files.FilesConfig;
import io.telegate.apps.fetcher.FetchSettings;
import io.telegate.core.fetch.FetchPolicy;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.model.fetch.FetchStrategy;
import io.telegate.sandbox.TelegramSandbox;
import java.time.Duration;

/**
 * The history fetcher inside the demo: the in-memory transport, files under DATA_DIR, and the seed's
 * {@code demo-session} reading the sandbox.
 */
@Module
interface FetcherDemoModule {

    /** The user-account session of the bundled seed that the demo fetches with. */
    String DEMO_SESSION = "demo-session";

    @Provides
    static FilesConfig filesConfig(DemoConfig config) {
        return new FilesConfig(config.dataDir());
    }

    @Provides
    static FetchSettings fetchSettings() {
        return new FetchSettings(FetchPolicy.defaults(), Duration.ofSeconds(1), "demo-fetcher", FetchStrategy.PER_DAY);
    }

    @Provides
    static SessionDescriptor demoSession(TelegramSandbox sandbox) {
        return sandbox.session(DEMO_SESSION).orElseThrow(() -> new IllegalStateException(
                "the sandbox seed has no session '" + DEMO_SESSION + "' for the fetcher"));
    }
}
