package io.telegate.testkit.messaging;

import io.telegate.ports.out.Delivery;

/** One command taken from an {@link InMemoryCommandQueue}; settling it again, or after a recover, does nothing. */
final class InMemoryDelivery implements Delivery {

    private final InMemoryCommandQueue.Broker broker;
    private final long tag;
    private final String payload;
    private final boolean redelivered;

    InMemoryDelivery(InMemoryCommandQueue.Broker broker, long tag, String payload, boolean redelivered) {
        this.broker = broker;
        this.tag = tag;
        this.payload = payload;
        this.redelivered = redelivered;
    }

    @Override
    public String payload() {
        return payload;
    }

    @Override
    public boolean redelivered() {
        return redelivered;
    }

    @Override
    public void ack() {
        broker.ack(tag);
    }

    @Override
    public void requeue() {
        broker.requeue(tag);
    }

    @Override
    public void deadLetter(String reason) {
        broker.deadLetter(tag, reason);
    }

    @Override
    public String toString() {
        return "InMemoryDelivery[tag=" + tag + ", redelivered=" + redelivered + "]";
    }
}
