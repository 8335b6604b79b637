package io.telegate.apps.monitor;

import io.telegate.apps.runtime.telegram.AccountBackend;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.ports.out.UserAccounts;
import io.telegate.sandbox.TelegramSandbox;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Set;

/** The monitor's Telegram as TELEGRAM_BACKEND chooses it: the built-in sandbox or real Telegram through TDLib. */
@Module
public interface TelegramModule {

    @Provides
    @Singleton
    static AccountBackend accountBackend(MonitorConfig config, Clock clock) {
        return AccountBackend.of(config.telegram().accounts(), clock);
    }

    @Provides
    static UserAccounts userAccounts(AccountBackend backend) {
        return backend.userAccounts();
    }

    /** For tests and tools on the sandbox; fails with TELEGRAM_BACKEND=tdlib. */
    @Provides
    static TelegramSandbox sandbox(AccountBackend backend) {
        return backend.requireSandbox();
    }

    @Provides
    @ElementsIntoSet
    static Set<Service> telegramServices(AccountBackend backend) {
        return backend.services();
    }
}
