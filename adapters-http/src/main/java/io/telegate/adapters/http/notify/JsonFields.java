package io.telegate.adapters.http.notify;

import com.fasterxml.jackson.databind.JsonNode;
import io.telegate.ports.in.InvalidRequestException;
import io.telegate.ports.model.FieldError;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

/**
 * Reads the fields of one JSON object, collecting every type error instead of stopping at the first, so a client
 * learns about all of them in one 422. Absent and {@code null} fields read as empty.
 */
final class JsonFields {

    private final JsonNode object;
    private final List<FieldError> errors = new ArrayList<>();

    JsonFields(JsonNode object) {
        this.object = object;
    }

    boolean has(String name) {
        return object.has(name);
    }

    boolean isNull(String name) {
        return object.has(name) && object.get(name).isNull();
    }

    Optional<String> text(String name) {
        return value(name).flatMap(node -> {
            if (!node.isTextual()) {
                return invalid(name, "must be a string");
            }
            return Optional.of(node.asText());
        });
    }

    /** A string, or a whole number given as a JSON number (chat ids are both). */
    Optional<String> textOrInteger(String name) {
        return value(name).flatMap(node -> node.isTextual() ? Optional.of(node.asText())
                : node.isIntegralNumber() ? Optional.of(node.asText())
                : invalid(name, "must be a string or an integer"));
    }

    Optional<Boolean> bool(String name) {
        return value(name).flatMap(node -> node.isBoolean() ? Optional.of(node.asBoolean())
                : invalid(name, "must be true or false"));
    }

    OptionalLong integer(String name) {
        Optional<Long> number = value(name).flatMap(node -> node.isIntegralNumber() && node.canConvertToLong()
                ? Optional.of(node.asLong()) : invalid(name, "must be an integer"));
        return number.map(OptionalLong::of).orElse(OptionalLong.empty());
    }

    Optional<Instant> instant(String name) {
        return text(name).flatMap(text -> {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                return invalid(name, "must be an ISO-8601 time with an offset, such as 2025-11-07T10:00:00Z");
            }
        });
    }

    /** One of {@code allowed}, written in lower case on the wire. */
    <E extends Enum<E>> Optional<E> lowerCaseEnum(String name, Class<E> type) {
        return text(name).flatMap(text -> parseEnum(text, type).or(() -> invalid(name, "must be one of "
                + String.join(", ", names(type)))));
    }

    /** Records an error for every field not in {@code allowed}; {@code why} says what to do instead. */
    void rejectOthers(Set<String> allowed, Function<String, String> why) {
        for (Iterator<String> names = object.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!allowed.contains(name)) {
                errors.add(new FieldError(name, why.apply(name)));
            }
        }
    }

    void error(String field, String reason) {
        errors.add(new FieldError(field, reason));
    }

    /** Throws {@link InvalidRequestException} when any field was invalid. */
    void failOnErrors() {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }

    Optional<JsonNode> value(String name) {
        JsonNode node = object.get(name);
        return node == null || node.isNull() ? Optional.empty() : Optional.of(node);
    }

    <T> Optional<T> invalid(String name, String reason) {
        errors.add(new FieldError(name, reason));
        return Optional.empty();
    }

    static <E extends Enum<E>> Optional<E> parseEnum(String text, Class<E> type) {
        for (E constant : type.getEnumConstants()) {
            if (constant.name().toLowerCase(Locale.ROOT).equals(text)) {
                return Optional.of(constant);
            }
        }
        return Optional.empty();
    }

    static <E extends Enum<E>> List<String> names(Class<E> type) {
        List<String> names = new ArrayList<>();
        for (E constant : type.getEnumConstants()) {
            names.add(constant.name().toLowerCase(Locale.ROOT));
        }
        return names;
    }
}
