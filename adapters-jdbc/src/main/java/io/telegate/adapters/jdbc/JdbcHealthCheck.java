package io.telegate.adapters.jdbc;

import io.telegate.ports.model.HealthStatus;
import io.telegate.ports.out.HealthCheck;
import jakarta.inject.Inject;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Tells whether the database answers {@code SELECT 1} within {@value #PATIENCE_MILLIS} ms; never throws. The query
 * runs on a virtual thread, so a pool waiting for a connection cannot hold the check past its patience.
 */
public final class JdbcHealthCheck implements HealthCheck {

    static final long PATIENCE_MILLIS = 800;

    private final JdbcDatabase database;

    @Inject
    public JdbcHealthCheck(JdbcDatabase database) {
        this.database = Objects.requireNonNull(database, "database");
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public HealthStatus check() {
        CompletableFuture<Integer> answer = CompletableFuture.supplyAsync(this::selectOne,
                task -> Thread.ofVirtual().name("database-health-check").start(task));
        try {
            int one = answer.get(PATIENCE_MILLIS, TimeUnit.MILLISECONDS);
            return one == 1 ? HealthStatus.up("SELECT 1 answered") : HealthStatus.down("SELECT 1 answered " + one);
        } catch (TimeoutException slow) {
            answer.cancel(true);
            return HealthStatus.down("no answer within " + PATIENCE_MILLIS + " ms");
        } catch (ExecutionException failed) {
            Throwable cause = failed.getCause();
            return HealthStatus.down(cause.getMessage() == null ? cause.getClass().getSimpleName() : cause.getMessage());
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            return HealthStatus.down("interrupted while checking");
        }
    }

    private int selectOne() {
        return database.withHandle("health check", handle -> handle.createQuery("SELECT 1")
                .setQueryTimeout(1).mapTo(Integer.class).one());
    }
}
