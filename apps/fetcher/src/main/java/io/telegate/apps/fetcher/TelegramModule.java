package io.telegate.apps.fetcher;

import io.telegate.apps.runtime.telegram.AccountBackend;
import dagger.Module;
import dagger.Provides;
import dagger.multibindings.ElementsIntoSet;
import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.UserAccounts;
import io.telegate.sandbox.TelegramSandbox;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.util.Set;

/** The fetcher's Telegram as TELEGRAM_BACKEND chooses it (the sandbox or TDLib), and the session it fetches with. */
@Module
public interface TelegramModule {

    @Provides
    @Singleton
    static AccountBackend accountBackend(FetcherConfig config, Clock clock) {
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

    @Provides
    static SessionDescriptor session(AccountBackend backend, FetcherConfig config) {
        FetcherConfig.TelegramSettings telegram = config.telegram();
        return telegram.session().orElseGet(() -> backend.requireSandbox().session(telegram.sessionId())
                .orElseThrow(() -> new IllegalStateException("TELEGRAM_SESSION_ID=" + telegram.sessionId()
                        + " is not a session of the sandbox seed")));
    }
}
