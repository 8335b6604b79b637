package io.telegate.adapters.telegram.di;

import static org.assertj.core.api.Assertions.assertThat;

import dagger.BindsInstance;
import dagger.Component;
import io.telegate.adapters.telegram.tdlib.TdlibAccountLogins;
import io.telegate.adapters.telegram.tdlib.TdlibConfig;
import io.telegate.adapters.telegram.tdlib.TdlibUserAccounts;
import io.telegate.ports.out.AccountLogins;
import io.telegate.ports.out.UserAccounts;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TdlibAdapterModuleTest {

    @Singleton
    @Component(modules = TdlibAdapterModule.class)
    interface TdlibComponent {
        UserAccounts userAccounts();

        AccountLogins accountLogins();

        @Component.Factory
        interface Factory {
            TdlibComponent create(@BindsInstance TdlibConfig config, @BindsInstance Clock clock);
        }
    }

    @Test
    void theUserAccountPortsAreBoundToTdlibWithoutLoadingTheLibraryWhileTheGraphIsBuilt() {
        // No library is at this path: loading it while building the graph would fail here.
        TdlibConfig config = TdlibConfig.defaults(Optional.of(Path.of("/nonexistent/libtdjson.so")), 1, "hash",
                Path.of("/nonexistent/databases"));

        TdlibComponent component = DaggerTdlibAdapterModuleTest_TdlibComponent.factory()
                .create(config, Clock.systemUTC());

        assertThat(component.userAccounts()).isInstanceOf(TdlibUserAccounts.class)
                .isSameAs(component.userAccounts());
        assertThat(component.accountLogins()).isInstanceOf(TdlibAccountLogins.class);
    }
}
