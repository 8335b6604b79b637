package io.telegate.ports.out;

import io.telegate.ports.model.HealthStatus;

/** Tells whether one dependency (a database, a broker, Telegram) is usable; runtimes list them on /ready. */
public interface HealthCheck {

    /** A short stable name: {@code redis}, {@code postgresql}, {@code rabbitmq}, ... */
    String name();

    /** Checks now; must answer within a second and never throw. */
    HealthStatus check();
}
