package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.AMQP;
import io.telegate.ports.model.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a dead-lettered command carries besides its body: {@value #REASON} (why) and {@value #AT} (when, ISO-8601),
 * added to the command's own properties and headers.
 *
 * <p>Reading also understands a command the broker dead-lettered itself (through a policy or a queue argument):
 * its reason and time then come from the broker's {@code x-death} header.
 */
final class RabbitDeadLetterHeaders {

    static final String REASON = "x-telegate-reason";
    static final String AT = "x-telegate-dead-lettered-at";
    private static final String BROKER_DEATHS = "x-death";

    private RabbitDeadLetterHeaders() {
    }

    /** The properties of the dead-letter copy: the command's own, persistent, plus the reason and the time. */
    static AMQP.BasicProperties marked(AMQP.BasicProperties original, String reason, Instant at) {
        Map<String, Object> headers = new HashMap<>();
        if (original.getHeaders() != null) {
            headers.putAll(original.getHeaders());
        }
        headers.put(REASON, reason);
        headers.put(AT, at.toString());
        String contentType = original.getContentType();
        return original.builder()
                .contentType(contentType == null ? RabbitMessages.CONTENT_TYPE : contentType)
                .deliveryMode(RabbitMessages.PERSISTENT)
                .headers(headers)
                .build();
    }

    /** The dead letter a message of the dead-letter queue holds. */
    static DeadLetter read(AMQP.BasicProperties properties, byte[] body) {
        Map<String, Object> headers = properties.getHeaders() == null ? Map.of() : properties.getHeaders();
        Optional<Map<?, ?>> death = firstBrokerDeath(headers);
        String reason = text(headers.get(REASON))
                .or(() -> death.flatMap(d -> text(d.get("reason"))).map(r -> "dead-lettered by the broker: " + r))
                .orElse("unknown");
        Instant at = text(headers.get(AT)).flatMap(RabbitDeadLetterHeaders::instant)
                .or(() -> death.map(d -> d.get("time")).filter(Date.class::isInstance).map(d -> ((Date) d).toInstant()))
                .or(() -> Optional.ofNullable(properties.getTimestamp()).map(Date::toInstant))
                .orElse(Instant.EPOCH);
        return new DeadLetter(new String(body, StandardCharsets.UTF_8), reason, at);
    }

    private static Optional<Map<?, ?>> firstBrokerDeath(Map<String, Object> headers) {
        if (headers.get(BROKER_DEATHS) instanceof List<?> deaths && !deaths.isEmpty()
                && deaths.getFirst() instanceof Map<?, ?> death) {
            return Optional.of(death);
        }
        return Optional.empty();
    }

    /** Header strings arrive as the client's LongString, whose toString is the UTF-8 text. */
    private static Optional<String> text(Object value) {
        return Optional.ofNullable(value).map(Object::toString);
    }

    private static Optional<Instant> instant(String text) {
        try {
            return Optional.of(Instant.parse(text));
        } catch (DateTimeParseException notIso) {
            return Optional.empty();
        }
    }
}
