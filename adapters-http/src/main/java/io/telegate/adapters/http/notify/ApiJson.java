package io.telegate.adapters.http.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.javalin.http.Context;
import io.telegate.ports.in.InvalidRequestException;
import io.telegate.ports.model.FieldError;
import java.io.UncheckedIOException;
import java.util.List;

/** The task API's JSON: snake_case fields from records, bodies read as trees so every field error can be named. */
final class ApiJson {

    static final String CONTENT_TYPE = "application/json";

    private static final ObjectMapper MAPPER = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE);

    private ApiJson() {
    }

    /** The request body as a JSON object; an empty, malformed or non-object body is an invalid request. */
    static JsonNode objectBody(Context ctx) {
        String body = ctx.body();
        JsonNode node;
        try {
            node = body.isBlank() ? null : MAPPER.readTree(body);
        } catch (JsonProcessingException e) {
            throw new InvalidRequestException(List.of(new FieldError("body", "is not valid JSON")));
        }
        if (node == null || !node.isObject()) {
            throw new InvalidRequestException(List.of(new FieldError("body", "must be a JSON object")));
        }
        return node;
    }

    static void respond(Context ctx, int status, Object body) {
        try {
            ctx.status(status).contentType(CONTENT_TYPE).result(MAPPER.writeValueAsString(body));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
