package io.telegate.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.HealthStatus;
import io.telegate.ports.out.HealthCheck;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class ReadinessProbeTest {

    private static HealthCheck check(String name, Supplier<HealthStatus> status) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HealthStatus check() {
                return status.get();
            }
        };
    }

    @Test
    void isUpWhenThereAreNoChecks() {
        Readiness readiness = new ReadinessProbe(List.of(), Duration.ofSeconds(1)).probe();

        assertThat(readiness.up()).isTrue();
        assertThat(readiness.checks()).isEmpty();
    }

    @Test
    void aCheckThatHangsIsReportedDownOnceTheTimeoutPasses() {
        CountDownLatch never = new CountDownLatch(1);
        HealthCheck hanging = check("broker", () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return HealthStatus.up("late");
        });

        Readiness readiness = new ReadinessProbe(
                List.of(hanging, check("db", () -> HealthStatus.up("ok"))), Duration.ofMillis(100)).probe();

        assertThat(readiness.up()).isFalse();
        assertThat(readiness.checks().get("broker")).isEqualTo(HealthStatus.down("no answer within 100 ms"));
        assertThat(readiness.checks().get("db")).isEqualTo(HealthStatus.up("ok"));
    }

    @Test
    void aCheckThatThrowsIsDownAndItsMessageIsNotRepeated() {
        HealthCheck throwing = check("redis", () -> {
            throw new IllegalStateException("redis://:hunter2@cache:6379 refused");
        });

        Readiness readiness = new ReadinessProbe(List.of(throwing), Duration.ofSeconds(1)).probe();

        assertThat(readiness.checks().get("redis"))
                .isEqualTo(HealthStatus.down("check failed: IllegalStateException"));
    }

    @Test
    void checksWithTheSameNameAreAllReported() {
        Readiness readiness = new ReadinessProbe(List.of(
                check("db", () -> HealthStatus.up("primary")),
                check("db", () -> HealthStatus.down("replica lagging"))), Duration.ofSeconds(1)).probe();

        assertThat(readiness.checks()).containsOnlyKeys("db", "db-2");
        assertThat(readiness.up()).isFalse();
    }
}
