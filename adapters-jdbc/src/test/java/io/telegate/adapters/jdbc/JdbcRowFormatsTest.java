package io.telegate.adapters.jdbc;

import io.telegate.ports.model.notify.TaskCursor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The adapter's private formats: the task cursor, the parts column, stored instants and the upsert statements. */
class JdbcRowFormatsTest {

    @Test
    void aCursorRoundTripsAndIsOpaqueUrlSafeText() {
        TaskCursor cursor = new TaskCursor(Instant.parse("2025-11-07T10:00:00.123456Z"), "3f8e|521e");

        String encoded = cursor.encode();

        assertThat(encoded).matches("[A-Za-z0-9_-]+");
        assertThat(TaskCursor.decode(encoded)).isEqualTo(cursor);
    }

    @Test
    void aMalformedCursorIsAnIllegalArgument() {
        assertThatIllegalArgumentException().isThrownBy(() -> TaskCursor.decode("not base64 !"));
        assertThatIllegalArgumentException().isThrownBy(() -> TaskCursor.decode("bm8tc2VwYXJhdG9y"));
        assertThatIllegalArgumentException().isThrownBy(() -> TaskCursor.decode("eWVzdGVyZGF5fDE"));
    }

    @Test
    void partsSentAreCommaSeparatedMessageIds() {
        assertThat(PartsSent.encode(List.of(101L, 102L, 9_007_199_254_740_993L))).isEqualTo("101,102,9007199254740993");
        assertThat(PartsSent.decode("101,102,9007199254740993")).containsExactly(101L, 102L, 9_007_199_254_740_993L);
        assertThat(PartsSent.encode(List.of())).isEmpty();
        assertThat(PartsSent.decode("")).isEmpty();
    }

    @Test
    void instantsAreStoredToTheMicrosecondAndBoundsRoundUp() {
        Instant nanos = Instant.parse("2025-11-07T10:00:00.123456789Z");
        Instant micros = Instant.parse("2025-11-07T10:00:00.123456Z");

        assertThat(Timestamps.stored(nanos)).isEqualTo(micros);
        assertThat(Timestamps.ceiling(nanos)).isEqualTo(Instant.parse("2025-11-07T10:00:00.123457Z"));
        assertThat(Timestamps.ceiling(micros)).isEqualTo(micros);
    }

    @Test
    void upsertsAreOnConflictOnPostgresAndMergeOnH2() {
        assertThat(SqlDialect.POSTGRESQL.upsert("sessions", "id", "key_id", "sealed")).isEqualTo(
                "INSERT INTO sessions (id, key_id, sealed) VALUES (:id, :key_id, :sealed) ON CONFLICT (id)"
                        + " DO UPDATE SET key_id = EXCLUDED.key_id, sealed = EXCLUDED.sealed");
        assertThat(SqlDialect.H2.upsert("sessions", "id", "key_id", "sealed")).isEqualTo(
                "MERGE INTO sessions (id, key_id, sealed) KEY (id) VALUES (:id, :key_id, :sealed)");
    }

    @Test
    void theDialectFollowsTheUrl() {
        assertThat(SqlDialect.of("jdbc:postgresql://db/telegate")).isEqualTo(SqlDialect.POSTGRESQL);
        assertThat(SqlDialect.of("JDBC:H2:mem:x")).isEqualTo(SqlDialect.H2);
        assertThatIllegalArgumentException().isThrownBy(() -> SqlDialect.of("jdbc:sqlite:telegate.db"));
    }
}
