package io.telegate.adapters.http;

import io.javalin.http.Context;
import java.util.regex.Pattern;

/** What of a request's path may be logged or used as a metric tag: the route template, never a secret. */
final class RequestPaths {

    /** A bot token ({@code 123:ABC...}) inside a path segment. */
    private static final Pattern TOKEN_LIKE = Pattern.compile("\\d+:[A-Za-z0-9_-]{20,}");

    private RequestPaths() {
    }

    /** The matched route ({@code /api/tasks/{task_id}}) or, when none matched, the raw path with tokens masked. */
    static String loggable(Context ctx) {
        String route = route(ctx);
        return route != null ? route : TOKEN_LIKE.matcher(ctx.path()).replaceAll("***");
    }

    /** The matched route template, or null when no endpoint matched. */
    static String route(Context ctx) {
        try {
            String path = ctx.endpointHandlerPath();
            return path.isEmpty() || "*".equals(path) ? null : path;
        } catch (RuntimeException e) {
            return null;
        }
    }
}
