package io.telegate.adapters.http;

import io.telegate.ports.model.HealthStatus;
import io.telegate.ports.out.HealthCheck;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/** Runs every health check in parallel, each on its own virtual thread, and waits at most a fixed time. */
final class ReadinessProbe {

    private final List<HealthCheck> checks;
    private final Duration timeout;
    private final Executor executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("readiness-", 0).factory());

    ReadinessProbe(List<HealthCheck> checks, Duration timeout) {
        this.checks = List.copyOf(checks);
        this.timeout = timeout;
    }

    Readiness probe() {
        Map<String, CompletableFuture<HealthStatus>> running = new LinkedHashMap<>();
        for (HealthCheck check : checks) {
            running.put(uniqueName(running, check.name()),
                    CompletableFuture.supplyAsync(() -> checkSafely(check), executor));
        }
        long deadline = System.nanoTime() + timeout.toNanos();
        TreeMap<String, HealthStatus> results = new TreeMap<>();
        running.forEach((name, future) -> results.put(name, await(future, deadline)));
        return new Readiness(results);
    }

    private HealthStatus await(CompletableFuture<HealthStatus> future, long deadline) {
        try {
            return future.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            future.cancel(true);
            return HealthStatus.down("no answer within " + timeout.toMillis() + " ms");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return HealthStatus.down("interrupted");
        } catch (ExecutionException e) {
            return HealthStatus.down("check failed: " + e.getCause().getClass().getSimpleName());
        }
    }

    private static HealthStatus checkSafely(HealthCheck check) {
        try {
            HealthStatus status = check.check();
            return status != null ? status : HealthStatus.down("check returned no status");
        } catch (RuntimeException e) {
            // Exception messages may carry connection strings; only the type is reported.
            return HealthStatus.down("check failed: " + e.getClass().getSimpleName());
        }
    }

    private static String uniqueName(Map<String, ?> taken, String name) {
        String candidate = name;
        for (int n = 2; taken.containsKey(candidate); n++) {
            candidate = name + "-" + n;
        }
        return candidate;
    }
}
