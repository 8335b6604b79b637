package io.telegate.adapters.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.HealthStatus;
import org.junit.jupiter.api.Test;

/** The {@code database} health check against the embedded H2. */
class H2HealthCheckIT {

    @Test
    void theEmbeddedDatabaseIsUp() {
        try (ScratchDatabase scratch = ScratchDatabase.h2()) {
            assertThat(new JdbcHealthCheck(scratch.database()).check()).isEqualTo(HealthStatus.up("SELECT 1 answered"));
        }
    }
}
