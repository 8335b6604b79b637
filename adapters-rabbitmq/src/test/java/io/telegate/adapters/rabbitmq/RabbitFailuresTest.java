package io.telegate.adapters.rabbitmq;

import static org.assertj.core.api.Assertions.assertThat;

import com.rabbitmq.client.AMQP;
import com.rabbitmq.client.AuthenticationFailureException;
import com.rabbitmq.client.ShutdownSignalException;
import io.telegate.ports.out.PermanentFailure;
import io.telegate.ports.out.TransientFailure;
import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;

class RabbitFailuresTest {

    @Test
    void aBrokerRefusingTheRequestIsPermanentAndNamesTheBrokersReason() {
        IOException refused = new IOException(channelClosed(AMQP.PRECONDITION_FAILED,
                "PRECONDITION_FAILED - inequivalent arg 'durable' for queue 'q'"));

        RuntimeException failure = RabbitFailures.translate("declare queue q", refused);

        assertThat(failure).isInstanceOf(PermanentFailure.class)
                .hasMessage("RabbitMQ declare queue q failed: PRECONDITION_FAILED - inequivalent arg 'durable' "
                        + "for queue 'q'");
        assertThat(RabbitFailures.replyCode(refused)).isEqualTo(AMQP.PRECONDITION_FAILED);
    }

    @Test
    void aClosedConnectionAMissingExchangeAndTimeoutsAreTransient() {
        ShutdownSignalException forced = new ShutdownSignalException(true, false, new AMQP.Connection.Close.Builder()
                .replyCode(AMQP.CONNECTION_FORCED).replyText("CONNECTION_FORCED - shutdown").build(), null);

        assertThat(RabbitFailures.translate("publish", forced)).isInstanceOf(TransientFailure.class);
        assertThat(RabbitFailures.translate("publish", channelClosed(AMQP.NOT_FOUND, "NOT_FOUND - no exchange")))
                .isInstanceOf(TransientFailure.class);
        assertThat(RabbitFailures.translate("publish", new TimeoutException())).isInstanceOf(TransientFailure.class)
                .hasMessage("RabbitMQ publish timed out");
        assertThat(RabbitFailures.translate("connect", new ConnectException("Connection refused")))
                .isInstanceOf(TransientFailure.class).hasMessage("RabbitMQ connect failed: Connection refused");
        assertThat(RabbitFailures.replyCode(new IOException("no broker here"))).isEqualTo(-1);
    }

    @Test
    void refusedCredentialsArePermanentWithoutTheBrokersWords() {
        RuntimeException failure = RabbitFailures.translate("connect",
                new AuthenticationFailureException("ACCESS_REFUSED - Login was refused using authentication "
                        + "mechanism PLAIN"));

        assertThat(failure).isInstanceOf(PermanentFailure.class)
                .hasMessage("RabbitMQ connect failed: the broker refused the credentials");
    }

    @Test
    void anInterruptIsTransientAndKeepsTheInterruptFlag() {
        try {
            RuntimeException failure = RabbitFailures.translate("publish", new InterruptedException());

            assertThat(failure).isInstanceOf(TransientFailure.class);
            assertThat(Thread.currentThread().isInterrupted()).isTrue();
        } finally {
            Thread.interrupted();
        }
    }

    private static ShutdownSignalException channelClosed(int code, String text) {
        return new ShutdownSignalException(false, false,
                new AMQP.Channel.Close.Builder().replyCode(code).replyText(text).build(), null);
    }
}
