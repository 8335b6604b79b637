package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.Connection;
import com.rabbitmq.client.Recoverable;
import com.rabbitmq.client.RecoveryListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Follows the automatic recoveries of one connection: tells whether one is under way, and declares the topology
 * again once the connection is back but before the client re-subscribes consumers, so a broker that lost its
 * queues gets them back before anyone consumes from them.
 */
final class RecoveryTracker implements RecoveryListener {

    private static final Logger log = LoggerFactory.getLogger(RecoveryTracker.class);

    private final RabbitConfig config;
    private volatile boolean recovering;

    RecoveryTracker(RabbitConfig config) {
        this.config = config;
    }

    /** True from the start of a recovery until it completed. */
    boolean recovering() {
        return recovering;
    }

    @Override
    public void handleRecoveryStarted(Recoverable recoverable) {
        recovering = true;
        log.info("RabbitMQ connection {} recovering", config.connectionName());
    }

    @Override
    public void handleTopologyRecoveryStarted(Recoverable recoverable) {
        try {
            RabbitTopology.declare((Connection) recoverable, config);
        } catch (RuntimeException failure) {
            log.warn("RabbitMQ connection {} could not declare the topology again: {}", config.connectionName(),
                    failure.getMessage());
        }
    }

    @Override
    public void handleRecovery(Recoverable recoverable) {
        recovering = false;
        log.info("RabbitMQ connection {} recovered", config.connectionName());
    }
}
