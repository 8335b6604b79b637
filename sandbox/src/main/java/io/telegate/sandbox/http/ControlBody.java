package io.telegate.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.telegate.sandbox.wire.JsonFields;
import io.telegate.sandbox.wire.SandboxJson;

/** Reads a control request's JSON body; an empty body is an empty object. */
final class ControlBody {

    private ControlBody() {
    }

    static JsonNode of(Context ctx) throws JsonProcessingException {
        String body = ctx.body();
        if (body.isBlank()) {
            return SandboxJson.object();
        }
        return JsonFields.object(SandboxJson.MAPPER.readTree(body), "the request body");
    }

    static void reply(Context ctx, int status, JsonNode json) {
        ctx.status(status).contentType("application/json").result(json.toString());
    }
}
