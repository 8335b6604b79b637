package io.telegate.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.HealthStatus;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class RabbitHealthCheckIT {

    private final RabbitNamespace rabbit = new RabbitNamespace();

    @AfterEach
    void deleteTheQueues() throws Exception {
        rabbit.close();
    }

    @Test
    void aReachableBrokerIsUpAndTheDetailCountsTheWaitingCommands() {
        RabbitConnections connections = rabbit.connections();
        RabbitCommandQueue queue = new RabbitCommandQueue(connections);
        queue.submit("{\"n\":1}");
        queue.submit("{\"n\":2}");

        HealthStatus status = new RabbitHealthCheck(connections).check();

        assertThat(status.up()).as(status.detail()).isTrue();
        assertThat(status.detail()).contains("2 commands waiting in " + rabbit.config().commandsQueue());
    }

    @Test
    void anUnreachableBrokerIsDownWithoutThrowingOrShowingThePassword() {
        RabbitConnections nowhere = rabbit.connections(rabbit.config().withUrl("amqp://guest:s3cret@127.0.0.1:1/"));
        RabbitHealthCheck check = new RabbitHealthCheck(nowhere);

        HealthStatus status = check.check();

        assertThat(check.name()).isEqualTo("rabbitmq");
        assertThat(status.up()).isFalse();
        assertThat(status.detail()).isNotBlank().doesNotContain("s3cret");
    }
}
