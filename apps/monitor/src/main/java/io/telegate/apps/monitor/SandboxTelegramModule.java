package io.telegate.apps.monitor;

import dagger.Module;
import dagger.Provides;
import io.telegate.ports.out.UserAccounts;
import io.telegate.sandbox.TelegramSandbox;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;

/** The built-in Telegram sandbox as the monitor's Telegram, seeded from SANDBOX_SEED or the bundled demo seed. */
@Module
public interface SandboxTelegramModule {

    /** The classpath location of the seed the sandbox module bundles. */
    String BUNDLED_SEED = "/io/telegate/sandbox/demo-seed.json";

    @Provides
    @Singleton
    static TelegramSandbox sandbox(Clock clock, MonitorConfig config) {
        TelegramSandbox sandbox = TelegramSandbox.create(clock);
        config.telegram().sandboxSeed().ifPresentOrElse(sandbox::seed, () -> {
            try (InputStream seed = TelegramSandbox.class.getResourceAsStream(BUNDLED_SEED)) {
                sandbox.seed(seed);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the bundled sandbox seed", e);
            }
        });
        return sandbox;
    }

    @Provides
    static UserAccounts userAccounts(TelegramSandbox sandbox) {
        return sandbox.userAccounts();
    }
}
