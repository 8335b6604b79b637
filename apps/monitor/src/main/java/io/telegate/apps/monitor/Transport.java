package io.telegate.apps.monitor;

/** Where monitoring commands come from and events go: RabbitMQ (seed 000), Redis, or in-process memory. */
public enum Transport {
    RABBITMQ,
    REDIS,
    MEMORY
}
