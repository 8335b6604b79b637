package io.telegate.apps.fetcher;

/**
 * Where fetch commands come from and events go: Redis (seed 002's list and channel), RabbitMQ (a queue bound
 * to an exchange, like the monitor's), or in-process memory.
 */
public enum Transport {
    REDIS,
    RABBITMQ,
    MEMORY
}
