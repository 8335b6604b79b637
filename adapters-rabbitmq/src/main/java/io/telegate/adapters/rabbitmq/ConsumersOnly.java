package io.telegate.adapters.rabbitmq;

import com.rabbitmq.client.impl.recovery.RecordedBinding;
import com.rabbitmq.client.impl.recovery.RecordedConsumer;
import com.rabbitmq.client.impl.recovery.RecordedExchange;
import com.rabbitmq.client.impl.recovery.RecordedQueue;
import com.rabbitmq.client.impl.recovery.TopologyRecoveryFilter;

/**
 * Lets the client's topology recovery bring back consumers only; {@link RabbitConnections} declares exchanges,
 * queues and bindings again itself, because the client would replay them on the closed channels that made them.
 */
final class ConsumersOnly implements TopologyRecoveryFilter {

    @Override
    public boolean filterExchange(RecordedExchange recordedExchange) {
        return false;
    }

    @Override
    public boolean filterQueue(RecordedQueue recordedQueue) {
        return false;
    }

    @Override
    public boolean filterBinding(RecordedBinding recordedBinding) {
        return false;
    }

    @Override
    public boolean filterConsumer(RecordedConsumer recordedConsumer) {
        return true;
    }
}
