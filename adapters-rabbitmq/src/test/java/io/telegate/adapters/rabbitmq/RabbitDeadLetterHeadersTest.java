package io.telegate.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.LongString;
import com.rabbitmq.client.impl.LongStringHelper;
import io.telegate.ports.model.DeadLetter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RabbitDeadLetterHeadersTest {

    private static final byte[] BODY =
            "{\"command\":\"join_chat\",\"chat_id\":\"@каналы\"}".getBytes(StandardCharsets.UTF_8);
    private static final Instant AT = Instant.parse("2025-11-07T10:23:45.250Z");

    @Test
    void theCopyKeepsTheCommandsPropertiesAndAddsTheReasonAndTheTime() {
        AMQP.BasicProperties original = new AMQP.BasicProperties.Builder().contentType("application/json")
                .deliveryMode(1).correlationId("c-1").headers(Map.of("x-source", "backend")).build();

        AMQP.BasicProperties marked = RabbitDeadLetterHeaders.marked(original, "chat_id: is required", AT);

        assertThat(marked.getDeliveryMode()).isEqualTo(2);
        assertThat(marked.getContentType()).isEqualTo("application/json");
        assertThat(marked.getCorrelationId()).isEqualTo("c-1");
        assertThat(marked.getHeaders()).containsEntry("x-source", "backend")
                .containsEntry("x-telegate-reason", "chat_id: is required")
                .containsEntry("x-telegate-dead-lettered-at", "2025-11-07T10:23:45.250Z");
    }

    @Test
    void readingGivesBackThePayloadTheReasonAndTheTimeAsTheBrokerDeliversThem() {
        AMQP.BasicProperties delivered = new AMQP.BasicProperties.Builder().headers(Map.of(
                "x-telegate-reason", longString("chat_id: is required"),
                "x-telegate-dead-lettered-at", longString("2025-11-07T10:23:45.250Z"))).build();

        assertThat(RabbitDeadLetterHeaders.read(delivered, BODY)).isEqualTo(
                new DeadLetter(new String(BODY, StandardCharsets.UTF_8), "chat_id: is required", AT));
    }

    @Test
    void aCommandTheBrokerDeadLetteredItselfIsReadFromItsDeathHeader() {
        Map<String, Object> death = Map.of("reason", longString("rejected"),
                "time", Date.from(Instant.ofEpochSecond(1_762_510_000)), "queue", longString("python_bridge_commands"));
        AMQP.BasicProperties delivered = new AMQP.BasicProperties.Builder()
                .headers(Map.of("x-death", List.of(death))).build();

        DeadLetter letter = RabbitDeadLetterHeaders.read(delivered, BODY);

        assertThat(letter.reason()).isEqualTo("dead-lettered by the broker: rejected");
        assertThat(letter.at()).isEqualTo(Instant.ofEpochSecond(1_762_510_000));
    }

    @Test
    void aMessageWithoutAnyMarkIsStillListed() {
        DeadLetter letter = RabbitDeadLetterHeaders.read(new AMQP.BasicProperties(), BODY);

        assertThat(letter.reason()).isEqualTo("unknown");
        assertThat(letter.at()).isEqualTo(Instant.EPOCH);
    }

    private static LongString longString(String text) {
        return LongStringHelper.asLongString(text);
    }
}
