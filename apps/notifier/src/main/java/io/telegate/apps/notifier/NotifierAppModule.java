package io.telegate.apps.notifier;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.jdbc.JdbcConfig;
import io.telegate.adapters.jdbc.JdbcDatabase;
import io.telegate.adapters.jdbc.di.JdbcStateModule;
import io.telegate.adapters.telegram.bot.BotApiConfig;
import io.telegate.adapters.telegram.bot.BotApiHttp;
import io.telegate.adapters.telegram.bot.BotApiHttpClients;
import io.telegate.adapters.telegram.di.BotApiAdapterModule;
import io.telegate.apps.runtime.config.CommonConfig;
import io.telegate.apps.runtime.lifecycle.Service;
import okhttp3.OkHttpClient;

/**
 * The notifier app's own wiring: its configuration records taken apart, tasks, attempts and recipient state in the
 * database (migrated when the app starts, closed when it stops), and the Bot API over HTTP.
 */
@Module(includes = {BotApiAdapterModule.class, JdbcStateModule.class})
public interface NotifierAppModule {

    @Provides
    static CommonConfig commonConfig(NotifierConfig config) {
        return config.common();
    }

    @Provides
    static JdbcConfig jdbcConfig(NotifierConfig config) {
        return config.database();
    }

    @Provides
    static BotApiConfig botApiConfig(NotifierConfig config) {
        return config.botApi();
    }

    @Provides
    static NotifierSettings notifierSettings(NotifierConfig config) {
        return config.settings();
    }

    @Provides
    @IntoSet
    static Service database(JdbcDatabase database) {
        return Service.of("database", Service.Phase.INFRASTRUCTURE, database::migrate, database::close);
    }

    @Provides
    @IntoSet
    static Service botApiClient(@BotApiHttp OkHttpClient http) {
        return Service.of("bot-api", Service.Phase.INFRASTRUCTURE, () -> { }, () -> BotApiHttpClients.shutdown(http));
    }
}
