package io.telegate.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.telegate.ports.out.TelegateException;
import io.telegate.sandbox.SandboxNotFoundException;
import io.telegate.sandbox.wire.SandboxJson;
import java.time.format.DateTimeParseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns failures of control routes into {@code {"error": "..."}} answers: 400 for bad input, 404 for unknown things. */
final class ControlErrors {

    private static final Logger LOG = LoggerFactory.getLogger(ControlErrors.class);

    private ControlErrors() {
    }

    static void register(Javalin app) {
        app.exception(IllegalArgumentException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(JsonProcessingException.class, (e, ctx) -> error(ctx, 400, "the body is not valid JSON"));
        app.exception(DateTimeParseException.class,
                (e, ctx) -> error(ctx, 400, "not an ISO-8601 date: " + e.getParsedString()));
        app.exception(SandboxNotFoundException.class, (e, ctx) -> error(ctx, 404, e.getMessage()));
        app.exception(TelegateException.class, (e, ctx) -> error(ctx, 400, e.getMessage()));
        app.exception(Exception.class, (e, ctx) -> {
            LOG.error("sandbox request {} {} failed", ctx.method(), ctx.matchedPath(), e);
            error(ctx, 500, "internal error: " + e.getClass().getSimpleName());
        });
        app.error(404, ctx -> {
            String type = ctx.res().getContentType();
            if (type == null || !type.startsWith("application/json")) {
                error(ctx, 404, "no such route: " + ctx.method() + " " + ctx.path());
            }
        });
    }

    static void error(Context ctx, int status, String reason) {
        ctx.status(status).contentType("application/json")
                .result(SandboxJson.object().put("error", reason == null ? "bad request" : reason).toString());
    }
}
