package io.telegate.apps.runtime.lifecycle;

import java.util.Objects;

/**
 * Something an app starts and stops: a server, a consumer, a pool, the sandbox. Runtimes contribute theirs to
 * the app's component with {@code @IntoSet}; {@link Lifecycle} starts them by {@link Phase}, stops them in reverse.
 */
public interface Service {

    /** A short name for logs: {@code http}, {@code sandbox}, {@code notifier-consumer}. */
    String name();

    /** Starts and returns once the service works; throws if it cannot. */
    void start();

    /** Stops, finishing or handing back work in flight; may block, {@link Lifecycle} bounds the wait. */
    void stop();

    /** When to start relative to the other services; workers by default. */
    default Phase phase() {
        return Phase.WORKER;
    }

    /** A service made of two actions. */
    static Service of(String name, Phase phase, Runnable start, Runnable stop) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(stop, "stop");
        return new Service() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public void start() {
                start.run();
            }

            @Override
            public void stop() {
                stop.run();
            }

            @Override
            public Phase phase() {
                return phase;
            }

            @Override
            public String toString() {
                return "Service[" + name + "]";
            }
        };
    }

    /** Start order: infrastructure first, then workers, then the edge; stop order is the reverse. */
    enum Phase {
        /** Stores, pools, brokers, the sandbox: what workers need before they run. */
        INFRASTRUCTURE,
        /** Consumers, schedulers, bots: the runtimes' work. */
        WORKER,
        /** Servers that let traffic in (HTTP): opened last, closed first. */
        EDGE
    }
}
