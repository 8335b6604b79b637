package io.telegate.adapters.telegram.di;

import dagger.Binds;
import dagger.Module;
import dagger.Provides;
import io.telegate.adapters.telegram.tdlib.TdlibAccountLogins;
import io.telegate.adapters.telegram.tdlib.TdlibConfig;
import io.telegate.adapters.telegram.tdlib.TdlibRuntime;
import io.telegate.adapters.telegram.tdlib.TdlibUserAccounts;
import io.telegate.ports.out.AccountLogins;
import io.telegate.ports.out.UserAccounts;
import jakarta.inject.Singleton;
import java.time.Clock;

/**
 * Binds the user-account ports to TDLib, from the component's {@link TdlibConfig} and {@link Clock}. The native
 * library is loaded when the first session or log-in opens a client, not while the graph is built.
 */
@Module
public interface TdlibAdapterModule {

    @Binds
    @Singleton
    UserAccounts userAccounts(TdlibUserAccounts accounts);

    @Binds
    @Singleton
    AccountLogins accountLogins(TdlibAccountLogins logins);

    @Provides
    @Singleton
    static TdlibRuntime tdlibRuntime(TdlibConfig config, Clock clock) {
        return TdlibRuntime.nativeLibrary(config, clock);
    }
}
