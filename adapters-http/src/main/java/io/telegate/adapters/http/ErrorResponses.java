package io.telegate.adapters.http;

import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.HttpStatus;
import io.javalin.router.JavalinDefaultRouting;
import io.telegate.ports.out.InvalidPayloadException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Turns every failed request into a JSON body {@code {"status": 404, "detail": "..."}}. */
final class ErrorResponses {

    private static final Logger log = LoggerFactory.getLogger(ErrorResponses.class);

    private ErrorResponses() {
    }

    static void install(JavalinDefaultRouting routing) {
        routing.exception(HttpResponseException.class, (e, ctx) -> {
            if (e.getStatus() == HttpStatus.METHOD_NOT_ALLOWED.getCode()) {
                ctx.header("Allow", e.getDetails().getOrDefault("availableMethods", "").replaceAll("[\\[\\] ]", ""));
            }
            respond(ctx, e.getStatus(), e.getMessage());
        });
        routing.exception(InvalidPayloadException.class, (e, ctx) -> invalid(ctx, e));
        routing.exception(Exception.class, (e, ctx) -> {
            log.error("request {} {} failed", ctx.method(), RequestPaths.loggable(ctx), e);
            respond(ctx, 500, "Internal Server Error");
        });
    }

    /** 422 with the offending field, in the shape of a list so requests with several errors can share it. */
    private static void invalid(Context ctx, InvalidPayloadException e) {
        Map<String, Object> error = new LinkedHashMap<>();
        error.put("field", e.field().orElse(null));
        error.put("reason", e.reason());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", 422);
        body.put("detail", e.getMessage());
        body.put("errors", java.util.List.of(error));
        ctx.status(422).json(body);
    }

    private static void respond(Context ctx, int status, String detail) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", status);
        body.put("detail", detail == null || detail.isBlank() ? HttpStatus.forStatus(status).getMessage() : detail);
        ctx.status(status).json(body);
    }
}
