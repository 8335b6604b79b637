package io.telegate.apps.notifier;

/**
 * Where the notifier announces the final state of each task ({@code delivered}, {@code failed}, {@code cancelled},
 * {@code unknown}): kept in this process, on a Redis channel and stream, or on a RabbitMQ exchange.
 */
public enum NotifierEvents {
    MEMORY,
    REDIS,
    RABBITMQ
}
