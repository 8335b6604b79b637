package io.telegate.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.HealthStatus;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The {@code database} health check against the local PostgreSQL and a port nobody serves. */
class PostgresHealthCheckIT {

    @Test
    void theLocalPostgresIsUp() {
        try (ScratchDatabase scratch = ScratchDatabase.postgres()) {
            JdbcHealthCheck check = new JdbcHealthCheck(scratch.database());

            assertThat(check.name()).isEqualTo("database");
            assertThat(check.check()).isEqualTo(HealthStatus.up("SELECT 1 answered"));
        }
    }

    @Test
    void anUnreachableDatabaseIsDownWithoutThrowing() {
        JdbcConfig unreachable = JdbcConfig.of("jdbc:postgresql://127.0.0.1:1/telegate").withUser("postgres")
                .withPassword("hunter2-secret").withConnectTimeout(Duration.ofMillis(500));
        try (JdbcDatabase database = new JdbcDatabase(unreachable)) {
            HealthStatus status = new JdbcHealthCheck(database).check();

            assertThat(status.up()).isFalse();
            assertThat(status.detail()).isNotBlank().doesNotContain("hunter2-secret");
        }
    }
}
