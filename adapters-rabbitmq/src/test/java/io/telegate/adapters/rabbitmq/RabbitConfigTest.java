package io.telegate.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RabbitConfigTest {

    private final RabbitConfig defaults = RabbitConfig.defaults("amqp://guest:guest@127.0.0.1:5672/");

    @Test
    void theDefaultsAreTheNamesOfSeed000AndTelegatesDeadLetterPair() {
        assertThat(defaults.exchange()).isEqualTo("aivalone_python_bridge");
        assertThat(defaults.commandsQueue()).isEqualTo("python_bridge_commands");
        assertThat(defaults.commandsRoutingKey()).isEqualTo("command");
        assertThat(defaults.eventsQueue()).isEqualTo("python_bridge_events");
        assertThat(defaults.eventsRoutingKey()).isEqualTo("event");
        assertThat(defaults.deadLetterExchange()).isEqualTo("aivalone_python_bridge.dlx");
        assertThat(defaults.deadLetterQueue()).isEqualTo("python_bridge_commands.dead");
        assertThat(defaults.prefetch()).isEqualTo(16);
        assertThat(defaults.confirmTimeout()).isEqualTo(Duration.ofSeconds(5));
        assertThat(defaults.connectionName()).isEqualTo("telegate");
    }

    @Test
    void eachCopyMethodChangesOnlyItsComponent() {
        RabbitConfig changed = defaults.withUrl("amqp://rabbit.internal/prod").withExchange("bridge")
                .withCommandsQueue("commands").withCommandsRoutingKey("cmd").withEventsQueue("events")
                .withEventsRoutingKey("evt").withDeadLetterExchange("bridge.dead").withDeadLetterQueue("commands.dead")
                .withPrefetch(4).withConfirmTimeout(Duration.ofMillis(750)).withConnectionName("monitor-1");

        assertThat(changed).isEqualTo(new RabbitConfig("amqp://rabbit.internal/prod", "bridge", "commands", "cmd",
                "events", "evt", "bridge.dead", "commands.dead", 4, Duration.ofMillis(750), "monitor-1"));
        assertThat(defaults.withExchange("bridge").deadLetterExchange()).isEqualTo("aivalone_python_bridge.dlx");
    }

    @Test
    void thePasswordOfTheUrlIsMaskedWhenTheConfigIsPrinted() {
        RabbitConfig secret = defaults.withUrl("amqp://monitor:s3cret-passw0rd@rabbit.internal:5672/");

        assertThat(secret.toString()).doesNotContain("s3cret-passw0rd")
                .contains("amqp://monitor:***@rabbit.internal:5672/").contains("python_bridge_commands");
        assertThat(secret.url()).contains("s3cret-passw0rd");
    }

    @Test
    void anUnreadableUrlIsRejectedWithoutRepeatingIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withUrl("amqp://guest:s3cret@ rabbit:5672/"))
                .withMessageNotContaining("s3cret");
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withUrl("http://guest:s3cret@rabbit:5672/"))
                .withMessageNotContaining("s3cret");
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withUrl("amqp://guest:s3cret%zz@rabbit/"))
                .withMessageNotContaining("s3cret");
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withUrl("amqp://guest:s3cret@rabbit/a/b"))
                .withMessageNotContaining("s3cret");
    }

    @Test
    void blankOrCollidingNamesAndOutOfRangeNumbersAreRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withExchange(" "));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withCommandsRoutingKey(""));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withEventsQueue("x".repeat(256)));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withDeadLetterExchange(defaults.exchange()));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withDeadLetterQueue(defaults.commandsQueue()));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withEventsQueue(defaults.commandsQueue()));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withPrefetch(0));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withPrefetch(65_536));
        assertThatIllegalArgumentException().isThrownBy(() -> defaults.withConfirmTimeout(Duration.ZERO));
    }
}
