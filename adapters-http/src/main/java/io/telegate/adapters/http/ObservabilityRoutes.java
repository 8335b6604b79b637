package io.telegate.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.telegate.ports.out.Metrics;
import java.util.Map;

/** The endpoints every runtime serves: liveness, readiness and Prometheus metrics. */
final class ObservabilityRoutes implements HttpRoutes {

    static final String PROMETHEUS_TEXT = "text/plain; version=0.0.4; charset=utf-8";

    private final ReadinessProbe readiness;
    private final Metrics metrics;

    ObservabilityRoutes(ReadinessProbe readiness, Metrics metrics) {
        this.readiness = readiness;
        this.metrics = metrics;
    }

    @Override
    public void register(RouteRegistry routes) {
        routes.get("/health", this::health)
                .get("/ready", this::ready)
                .get("/metrics", this::metrics);
    }

    private void health(Context ctx) {
        ctx.json(Map.of("status", "up"));
    }

    private void ready(Context ctx) {
        Readiness result = readiness.probe();
        ctx.status(result.up() ? HttpStatus.OK : HttpStatus.SERVICE_UNAVAILABLE).json(result.toJson());
    }

    private void metrics(Context ctx) {
        ctx.contentType(PROMETHEUS_TEXT).result(metrics.scrape());
    }
}
