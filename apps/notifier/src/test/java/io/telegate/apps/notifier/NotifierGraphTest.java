package io.telegate.apps.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.apps.runtime.config.Env;
import io.telegate.apps.runtime.lifecycle.Service;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class NotifierGraphTest {

    @Test
    void everyEventsTransportBuildsAGraphWithoutConnectingAndStartsTheDatabaseFirst() {
        for (NotifierEvents events : NotifierEvents.values()) {
            // nothing listens on port 1: a connection while the graph is built would fail here
            NotifierConfig config = NotifierConfig.from(Env.of(Map.of(
                    "NOTIFIER_BOTS", "default=" + NotifierConfigTest.TOKEN,
                    "NOTIFIER_JWT_SECRET", NotifierConfigTest.SECRET, "NOTIFIER_EVENTS", events.name(),
                    "DATABASE_URL", "jdbc:postgresql://127.0.0.1:1/telegate", "REDIS_URL", "redis://127.0.0.1:1/0",
                    "RABBITMQ_URL", "amqp://guest:guest@127.0.0.1:1/", "HEALTH_CHECK_PORT", "0")));

            NotifierComponent notifier = Main.build(config, Clock.systemUTC());

            List<String> names = notifier.lifecycle().services().stream().map(Service::name).toList();
            assertThat(names).as(events.name()).contains("database", "bot-api", "notifier-workers").endsWith("http");
            assertThat(names.indexOf("database")).isLessThan(names.indexOf("notifier-workers"));
        }
    }
}
