package io.telegate.sandbox.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.javalin.http.Context;
import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.out.BotApiException;
import io.telegate.sandbox.wire.SandboxJson;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The parameters of one Bot API call, merged from the query string and a JSON, urlencoded or multipart body, the
 * way Telegram accepts them: numbers may come as strings, objects as JSON strings.
 */
final class BotApiParams {

    private final Map<String, JsonNode> values;

    private BotApiParams(Map<String, JsonNode> values) {
        this.values = values;
    }

    static BotApiParams from(Context ctx) {
        Map<String, JsonNode> values = new HashMap<>();
        ctx.queryParamMap().forEach((name, list) -> values.put(name, TextNode.valueOf(list.getFirst())));
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        if (type.startsWith("application/json")) {
            json(ctx.body()).fields().forEachRemaining(field -> values.put(field.getKey(), field.getValue()));
        } else if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
            ctx.formParamMap().forEach((name, list) -> values.put(name, TextNode.valueOf(list.getFirst())));
        }
        return new BotApiParams(values);
    }

    Optional<String> text(String name) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull()) {
            return Optional.empty();
        }
        return Optional.of(value.isValueNode() ? value.asText() : value.toString());
    }

    /** A required parameter; missing or empty fails with Telegram's "Bad Request: {what} is empty". */
    String required(String name, String what) {
        return text(name).filter(value -> !value.isEmpty())
                .orElseThrow(() -> badRequest(what + " is empty"));
    }

    OptionalLong number(String name) {
        Optional<String> value = text(name).map(String::strip).filter(v -> !v.isEmpty());
        if (value.isEmpty()) {
            return OptionalLong.empty();
        }
        if (!value.get().matches("-?\\d{1,19}")) {
            throw badRequest("invalid " + name + " specified");
        }
        try {
            return OptionalLong.of(Long.parseLong(value.get()));
        } catch (NumberFormatException e) {
            throw badRequest("invalid " + name + " specified");
        }
    }

    boolean flag(String name) {
        return text(name).map(value -> value.equalsIgnoreCase("true") || value.equals("1")).orElse(false);
    }

    /** An object parameter, given as JSON or as a JSON string inside a form. */
    Optional<JsonNode> object(String name, String what) {
        JsonNode value = values.get(name);
        if (value == null || value.isNull() || (value.isTextual() && value.asText().isBlank())) {
            return Optional.empty();
        }
        JsonNode parsed = value.isTextual() ? json(value.asText()) : value;
        if (!parsed.isObject()) {
            throw badRequest("can't parse " + what + " JSON object");
        }
        return Optional.of(parsed);
    }

    static BotApiException badRequest(String reason) {
        return new BotApiException(new BotApiError.BadRequest("Bad Request: " + reason));
    }

    private static JsonNode json(String text) {
        try {
            JsonNode node = SandboxJson.MAPPER.readTree(text);
            return node == null ? SandboxJson.object() : node;
        } catch (JsonProcessingException e) {
            throw badRequest("can't parse JSON object");
        }
    }
}
