package io.telegate.ports.out;

/** A live subscription; closing it stops deliveries. Idempotent. */
public interface Subscription extends AutoCloseable {

    @Override
    void close();
}
