package io.telegate.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RabbitEnvironmentTest {

    @Test
    void anEmptyEnvironmentGivesTheSeed000DefaultsOnTheLocalBroker() {
        assertThat(RabbitEnvironment.read(Map.of()))
                .isEqualTo(RabbitConfig.defaults("amqp://guest:guest@127.0.0.1:5672/"));
    }

    @Test
    void theDeadLetterNamesFollowTheExchangeAndTheCommandsQueueUnlessGiven() {
        RabbitConfig renamed = RabbitEnvironment.read(Map.of(
                "RABBITMQ_URL", "amqp://monitor:secret@rabbitmq:5672/",
                "RABBITMQ_EXCHANGE", "bridge",
                "RABBITMQ_COMMANDS_QUEUE", "commands",
                "RABBITMQ_PREFETCH", "4",
                "RABBITMQ_CONFIRM_TIMEOUT_MS", "2500",
                "RABBITMQ_CONNECTION_NAME", "monitor-1"));
        RabbitConfig explicit = RabbitEnvironment.read(Map.of(
                "RABBITMQ_DEAD_LETTER_EXCHANGE", "parking", "RABBITMQ_DEAD_LETTER_QUEUE", "parked"));

        assertThat(renamed.url()).isEqualTo("amqp://monitor:secret@rabbitmq:5672/");
        assertThat(renamed.deadLetterExchange()).isEqualTo("bridge.dlx");
        assertThat(renamed.deadLetterQueue()).isEqualTo("commands.dead");
        assertThat(renamed.eventsQueue()).isEqualTo("python_bridge_events");
        assertThat(renamed.prefetch()).isEqualTo(4);
        assertThat(renamed.confirmTimeout()).isEqualTo(Duration.ofMillis(2500));
        assertThat(renamed.connectionName()).isEqualTo("monitor-1");
        assertThat(explicit.deadLetterExchange()).isEqualTo("parking");
        assertThat(explicit.deadLetterQueue()).isEqualTo("parked");
    }

    @Test
    void errorsNameTheVariableButNeverRepeatTheUrl() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RabbitEnvironment.read(Map.of("RABBITMQ_URL", "amqp://guest:hunter2@ rabbit/")))
                .withMessageStartingWith("RABBITMQ_URL is invalid").withMessageNotContaining("hunter2");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RabbitEnvironment.read(Map.of("RABBITMQ_PREFETCH", "many")))
                .withMessage("RABBITMQ_PREFETCH must be a whole number, got 'many'");
        assertThatIllegalArgumentException()
                .isThrownBy(() -> RabbitEnvironment.read(Map.of("RABBITMQ_CONFIRM_TIMEOUT_MS", "0")))
                .withMessageStartingWith("RABBITMQ_CONFIRM_TIMEOUT_MS must be between 1 and");
    }
}
