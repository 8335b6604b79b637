package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.Connection;
import io.telegate.ports.out.TransientFailure;
import java.io.IOException;

/** Opens and closes channels without letting a closing failure hide what the caller was doing. */
final class RabbitChannels {

    private RabbitChannels() {
    }

    /** A new channel on {@code connection}; throws {@link TransientFailure} when none can be opened. */
    static Channel open(Connection connection) throws IOException {
        Channel channel = connection.createChannel();
        if (channel == null) {
            throw new TransientFailure("RabbitMQ has no free channel on this connection");
        }
        return channel;
    }

    /** Closes {@code channel} (null allowed), ignoring any failure: the broker forgets a dead channel anyway. */
    static void closeQuietly(Channel channel) {
        if (channel == null) {
            return;
        }
        try {
            channel.abort();
        } catch (IOException | RuntimeException ignored) {
            // Closing is best effort; the connection's end closes every channel.
        }
    }
}
