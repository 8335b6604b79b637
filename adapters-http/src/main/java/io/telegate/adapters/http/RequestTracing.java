package io.telegate.adapters.http;

import io.javalin.http.Context;
import io.telegate.ports.out.Metrics;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Gives each request a trace id in the MDC ({@code trace_id}, taken from {@code X-Request-Id} when it is sane)
 * and, once answered, logs it at debug and times it into {@code telegate.http.server.requests}.
 *
 * <p>Only method, route, status and duration are logged: never headers, query strings or bodies.
 */
final class RequestTracing {

    static final String REQUEST_ID_HEADER = "X-Request-Id";
    static final String TRACE_ID = "trace_id";

    private static final Logger log = LoggerFactory.getLogger(RequestTracing.class);
    private static final Pattern SANE_ID = Pattern.compile("[A-Za-z0-9._:-]{1,100}");

    private final Metrics metrics;

    RequestTracing(Metrics metrics) {
        this.metrics = metrics;
    }

    void begin(Context ctx) {
        String offered = ctx.header(REQUEST_ID_HEADER);
        String traceId = offered != null && SANE_ID.matcher(offered).matches()
                ? offered
                : UUID.randomUUID().toString();
        MDC.put(TRACE_ID, traceId);
        ctx.header(REQUEST_ID_HEADER, traceId);
    }

    void end(Context ctx, float millis) {
        try {
            String route = RequestPaths.route(ctx);
            int status = ctx.statusCode();
            log.debug("{} {} {} {} ms", ctx.method(), RequestPaths.loggable(ctx), status, Math.round(millis));
            metrics.record("telegate.http.server.requests", Duration.ofNanos((long) (millis * 1_000_000)),
                    "method", ctx.method().name(),
                    "route", route != null ? route : "unmatched",
                    "status", Integer.toString(status));
        } finally {
            MDC.remove(TRACE_ID);
        }
    }
}
