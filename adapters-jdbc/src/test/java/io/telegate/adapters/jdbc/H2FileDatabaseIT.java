package io.telegate.adapters.jdbc;

import static io.telegate.testkit.fixtures.Notifications.pending;
import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.bot.InlineButton;
import io.telegate.ports.model.notify.Notification;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The embedded default: an H2 file under the data directory, kept across restarts of the process. */
class H2FileDatabaseIT {

    @TempDir
    Path dataDir;

    @Test
    void theEmbeddedDatabaseKeepsTasksAcrossRestartsAndMigratesOnlyOnce() {
        JdbcConfig config = JdbcConfig.embedded(dataDir);
        Notification task = TaskRows.withKeyboard(pending("acme").withIdempotencyKey("k-1").build(),
                List.of(List.of(InlineButton.callback("Retry", "retry:1"))));
        try (JdbcDatabase database = new JdbcDatabase(config)) {
            assertThat(database.migrate()).isEqualTo(4);
            new JdbcTaskStore(database).insert(task);
        }

        try (JdbcDatabase restarted = new JdbcDatabase(config)) {
            assertThat(restarted.migrate()).isZero();
            assertThat(new JdbcTaskStore(restarted).find("acme", task.id())).contains(task);
        }
        assertThat(dataDir.resolve("telegate.mv.db")).isRegularFile();
    }
}
