package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.Channel;
import com.rabbitmq.client.GetResponse;
import io.telegate.ports.model.DeadLetter;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Lists the dead-letter queue without taking anything from it: reads it from the head with {@code basic.get},
 * unacknowledged, keeps the last {@code limit} read, and gives every message back with one {@code basic.nack}
 * (a classic queue puts them back in their places).
 *
 * <p>A queue is read from its oldest message, so finding the newest means reading all of them; at most
 * {@value #MOST_READ} are read, and beyond that the list shows the newest of the oldest {@value #MOST_READ}. It is
 * an inspection aid for operators, who drain the queue. While a listing runs, the messages it holds are invisible
 * to other readers of the dead-letter queue; listings of one browser run one at a time.
 */
final class DeadLetterBrowser {

    static final int MOST_READ = 10_000;

    private final RabbitConnections connections;
    private final String queue;
    private final ReentrantLock lock = new ReentrantLock();

    DeadLetterBrowser(RabbitConnections connections) {
        this.connections = connections;
        this.queue = connections.config().deadLetterQueue();
    }

    /** The newest {@code limit} dead letters, newest first. */
    List<DeadLetter> newestFirst(int limit) {
        lock.lock();
        Channel channel = null;
        try {
            channel = connections.openChannel("list dead letters");
            ArrayDeque<DeadLetter> newest = new ArrayDeque<>(Math.min(limit, MOST_READ));
            long lastTag = 0;
            for (int read = 0; read < MOST_READ; read++) {
                GetResponse message = channel.basicGet(queue, false);
                if (message == null) {
                    break;
                }
                lastTag = message.getEnvelope().getDeliveryTag();
                if (newest.size() == limit) {
                    newest.removeFirst();
                }
                newest.addLast(RabbitDeadLetterHeaders.read(message.getProps(), message.getBody()));
                if (message.getMessageCount() == 0) {
                    break;
                }
            }
            if (lastTag > 0) {
                channel.basicNack(lastTag, true, true);
            }
            List<DeadLetter> newestFirst = new ArrayList<>(newest);
            Collections.reverse(newestFirst);
            return newestFirst;
        } catch (IOException | RuntimeException failure) {
            throw RabbitFailures.translate("list dead letters of " + queue, failure);
        } finally {
            // Closing also gives back whatever a failure left unacknowledged.
            RabbitChannels.closeQuietly(channel);
            lock.unlock();
        }
    }
}
