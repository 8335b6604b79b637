package io.telegate.apps.demo;

import dagger.Module;
import dagger.Provides;
import dagger.multibindings.IntoSet;
import io.telegate.adapters.http.HttpRoutes;
import io.telegate.adapters.http.notify.JwtConfig;
import io.telegate.adapters.jdbc.JdbcConfig;
import io.telegate.adapters.jdbc.JdbcDatabase;
import io.telegate.apps.demo.cli.Banner;
import io.telegate.apps.notifier.NotifierSettings;
import io.telegate.apps.runtime.lifecycle.Service;
import io.telegate.core.notify.BotDirectory;
import io.telegate.core.notify.DeliveryPolicy;
import io.telegate.core.notify.NotificationRules;
import io.telegate.core.notify.RateLimits;
import io.telegate.ports.model.bot.BotToken;
import java.time.Clock;

/**
 * The notifier inside the demo: tasks in an H2 file under DATA_DIR, sent by the seed's demo bot through the
 * sandbox, and a demo-only endpoint that hands out development tokens signed with a fixed demo secret.
 */
@Module
interface NotifierDemoModule {

    /** Signs the demo's tokens; known to everyone, so it only ever guards the demo's own sandbox data. */
    String DEMO_JWT_SECRET = "telegate-demo-only-secret-never-use-in-production";

    @Provides
    static JdbcConfig jdbcConfig(DemoConfig config) {
        return JdbcConfig.embedded(config.dataDir());
    }

    @Provides
    static NotifierSettings notifierSettings() {
        return new NotifierSettings(BotDirectory.single(new BotToken(Banner.DEMO_BOT_TOKEN)), DeliveryPolicy.defaults(),
                RateLimits.telegram(), NotificationRules.defaults(), JwtConfig.hmac(DEMO_JWT_SECRET), "demo-notifier", 2);
    }

    @Provides
    @IntoSet
    static Service database(JdbcDatabase database) {
        return Service.of("database", Service.Phase.INFRASTRUCTURE, database::migrate, database::close);
    }

    @Provides
    @IntoSet
    static HttpRoutes demoTokens(Clock clock) {
        return new DemoTokenRoutes(DEMO_JWT_SECRET, clock);
    }
}
