package io.telegate.apps.demo;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.ports.out.AccountLogins;
import io.telegate.ports.out.BotApi;
import io.telegate.ports.out.HealthCheck;
import io.telegate.ports.out.UserAccounts;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.sandbox.http.SandboxHttpServer;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * The Telegram sandbox in place of Telegram: its HTTP face as a service with a health check, and its in-process
 * {@link UserAccounts}, {@link AccountLogins} and {@link BotApi} for the runtimes.
 */
@Module
interface SandboxModule {

    @Provides
    @Singleton
    static TelegramSandbox sandbox(Clock clock) {
        return TelegramSandbox.create(clock);
    }

    @Provides
    @Singleton
    static SandboxHttpServer sandboxServer(TelegramSandbox sandbox, DemoConfig config) {
        return new SandboxHttpServer(sandbox, config.sandboxHost(), config.sandboxPort());
    }

    @Provides
    @IntoSet
    static Service sandboxService(TelegramSandbox sandbox, SandboxHttpServer server, DemoConfig config) {
        return new SandboxService(sandbox, server, config.seedFile());
    }

    @Provides
    @IntoSet
    static HealthCheck sandboxHealth(SandboxHttpServer server) {
        return new SandboxHealthCheck(server);
    }

    @Provides
    static BotApi botApi(TelegramSandbox sandbox) {
        return sandbox.botApi();
    }

    @Provides
    static UserAccounts userAccounts(TelegramSandbox sandbox) {
        return sandbox.userAccounts();
    }

    @Provides
    static AccountLogins accountLogins(TelegramSandbox sandbox) {
        return sandbox.accountLogins();
    }
}
