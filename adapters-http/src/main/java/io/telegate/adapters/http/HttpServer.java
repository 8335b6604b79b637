package io.telegate.adapters.http;

import io.javalin.Javalin;
import io.javalin.config.JavalinConfig;
import io.javalin.http.ContentTooLargeResponse;
import io.javalin.http.Context;
import io.telegate.ports.out.HealthCheck;
import io.telegate.ports.out.Metrics;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import jakarta.servlet.DispatcherType;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.eclipse.jetty.server.AbstractConnector;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.StatisticsHandler;
import org.eclipse.jetty.servlet.FilterHolder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A runtime's HTTP server: {@code GET /health} (liveness), {@code GET /ready} (every {@link HealthCheck}),
 * {@code GET /metrics} (Prometheus text), plus every contributed {@link HttpRoutes}.
 *
 * <p>Errors are JSON bodies, request bodies are capped, each request carries a {@code trace_id} in the MDC.
 * Constructing it binds nothing; {@link #start()} listens and {@link #stop()} lets requests in flight finish
 * for up to {@link #STOP_GRACE}.
 */
@Singleton
public final class HttpServer {

    /** How long {@code /ready} waits for the slowest check. */
    public static final Duration READY_TIMEOUT = Duration.ofSeconds(2);
    /** How long {@link #stop()} waits for requests in flight. */
    public static final Duration STOP_GRACE = Duration.ofSeconds(10);

    private static final Duration IDLE_CONNECTION_GRACE = Duration.ofMillis(100);
    private static final Logger log = LoggerFactory.getLogger(HttpServer.class);

    private final HttpServerConfig config;
    private final Javalin app;

    @Inject
    public HttpServer(HttpServerConfig config, Metrics metrics, Set<HealthCheck> healthChecks,
                      Set<HttpRoutes> routes) {
        this.config = Objects.requireNonNull(config, "config");
        List<HttpRoutes> all = new ArrayList<>();
        all.add(new ObservabilityRoutes(new ReadinessProbe(List.copyOf(healthChecks), READY_TIMEOUT), metrics));
        all.addAll(routes);
        RequestTracing tracing = new RequestTracing(metrics);
        this.app = Javalin.create(javalin -> configure(javalin, tracing, all));
    }

    /** Listens on the configured host and port; fails when the port is taken. */
    public synchronized HttpServer start() {
        try {
            app.start(config.host(), config.port());
            enableGracefulStop(app.jettyServer().server());
        } catch (Exception e) {
            throw new IllegalStateException("HTTP server could not listen on " + config.host() + ":" + config.port()
                    + ": " + e.getMessage(), e);
        }
        log.info("HTTP server listening on {}", baseUrl());
        return this;
    }

    /** Stops accepting connections, waits for requests in flight, then releases the port. Idempotent. */
    public synchronized void stop() {
        app.stop();
    }

    /** The port it listens on (the actual one when configured with 0), once started. */
    public int port() {
        return app.port();
    }

    /** {@code http://host:port} for clients on this machine (a wildcard host is shown as 127.0.0.1). */
    public String baseUrl() {
        String host = switch (config.host()) {
            case "0.0.0.0", "::", "[::]" -> "127.0.0.1";
            default -> config.host().contains(":") ? "[" + config.host() + "]" : config.host();
        };
        return "http://" + host + ":" + port();
    }

    // Only once listening: a graceful stop of a server that failed to bind would hide the bind error.
    private static void enableGracefulStop(Server server) {
        server.setStopTimeout(STOP_GRACE.toMillis());
        for (Connector connector : server.getConnectors()) {
            if (connector instanceof AbstractConnector jetty) {
                // Idle keep-alive connections are closed this soon after stop() begins (Jetty's default is 1 s).
                jetty.setShutdownIdleTimeout(IDLE_CONNECTION_GRACE.toMillis());
            }
        }
    }

    private void configure(JavalinConfig javalin, RequestTracing tracing, List<HttpRoutes> routes) {
        long maxBody = config.maxRequestBodyBytes();
        javalin.showJavalinBanner = false;
        javalin.startupWatcherEnabled = false;
        javalin.http.maxRequestSize = maxBody;
        javalin.http.prefer405over404 = true;
        // Jetty waits for requests in flight only when a StatisticsHandler counts them.
        javalin.jetty.modifyServer(server -> server.setHandler(new StatisticsHandler()));
        javalin.jetty.modifyServletContextHandler(context -> context.addFilter(
                new FilterHolder(new BodySizeLimit(maxBody)), "/*", EnumSet.of(DispatcherType.REQUEST)));
        javalin.requestLogger.http(tracing::end);
        javalin.router.mount(routing -> {
            routing.before(tracing::begin);
            routing.before(ctx -> rejectDeclaredOversize(ctx, maxBody));
            ErrorResponses.install(routing);
            RouteRegistry registry = new JavalinRouteRegistry(routing);
            routes.forEach(group -> group.register(registry));
        });
    }

    private static void rejectDeclaredOversize(Context ctx, long maxBody) {
        if (ctx.req().getContentLengthLong() > maxBody) {
            throw new ContentTooLargeResponse("request body exceeds " + maxBody + " bytes");
        }
    }
}
