package io.telegate.apps.runtime.lifecycle;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts an app's services by phase (then in the given order) and stops the started ones in reverse, on
 * {@link #stop()} or on SIGTERM/SIGINT once {@link #installShutdownHook()} was called.
 *
 * <p>Stopping is bounded by the shutdown timeout: a service whose stop outlasts what is left of it is abandoned
 * with a warning, and once nothing is left the remaining services are not waited for. Thread-safe; stop is
 * idempotent.
 */
public final class Lifecycle {

    private static final Logger log = LoggerFactory.getLogger(Lifecycle.class);

    private final List<Service> services;
    private final Duration shutdownTimeout;
    private final Deque<Service> started = new ArrayDeque<>();
    private final CountDownLatch stopped = new CountDownLatch(1);
    private volatile boolean stopRequested;

    public Lifecycle(List<Service> services, Duration shutdownTimeout) {
        this.services = services.stream().sorted(Comparator.comparing(Service::phase)).toList();
        this.shutdownTimeout = Objects.requireNonNull(shutdownTimeout, "shutdownTimeout");
        if (shutdownTimeout.isNegative()) {
            throw new IllegalArgumentException("shutdownTimeout must not be negative");
        }
    }

    /** The services in start order. */
    public List<Service> services() {
        return services;
    }

    /**
     * Starts every service in order. If one fails, the started ones are stopped and the failure is rethrown as an
     * {@link IllegalStateException} naming the service; a stop requested meanwhile ends the start early.
     */
    public synchronized void start() {
        long begin = System.nanoTime();
        log.info("starting {} services", services.size());
        for (Service service : services) {
            if (stopRequested) {
                log.warn("start interrupted by a stop request before {}", service.name());
                return;
            }
            long t0 = System.nanoTime();
            try {
                service.start();
            } catch (RuntimeException e) {
                log.error("{} failed to start", service.name(), e);
                stopStarted();
                throw new IllegalStateException(service.name() + " failed to start: " + e.getMessage(), e);
            }
            started.push(service);
            log.info("started {} in {} ms", service.name(), millisSince(t0));
        }
        log.info("started in {} ms", millisSince(begin));
    }

    /** Stops the started services in reverse order within the shutdown timeout; later calls do nothing. */
    public void stop() {
        stopRequested = true;
        synchronized (this) {
            if (stopped.getCount() == 0) {
                return;
            }
            stopStarted();
        }
    }

    /** True once {@link #stop()} was called (it may still be running). */
    public boolean isStopping() {
        return stopRequested;
    }

    /** Makes SIGTERM and SIGINT (and a normal JVM exit) call {@link #stop()}. */
    public Lifecycle installShutdownHook() {
        Runtime.getRuntime().addShutdownHook(Thread.ofPlatform().name("shutdown").unstarted(this::stop));
        return this;
    }

    /** Blocks until {@link #stop()} has finished. */
    public void awaitStopped() throws InterruptedException {
        stopped.await();
    }

    /** Blocks until {@link #stop()} has finished or the wait is over; true when stopped. */
    public boolean awaitStopped(Duration wait) throws InterruptedException {
        return stopped.await(wait.toNanos(), TimeUnit.NANOSECONDS);
    }

    private void stopStarted() {
        long begin = System.nanoTime();
        long deadline = begin + shutdownTimeout.toNanos();
        log.info("stopping {} services within {} s", started.size(), shutdownTimeout.toSeconds());
        while (!started.isEmpty()) {
            stopOne(started.pop(), deadline);
        }
        log.info("stopped in {} ms", millisSince(begin));
        stopped.countDown();
    }

    private static void stopOne(Service service, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            log.warn("{} abandoned: the shutdown timeout is used up", service.name());
            return;
        }
        long t0 = System.nanoTime();
        Thread stopper = Thread.ofPlatform().name("stop-" + service.name()).daemon(true)
                .start(() -> stopQuietly(service));
        try {
            stopper.join(Duration.ofNanos(remaining));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        if (stopper.isAlive()) {
            log.warn("{} abandoned: still stopping after {} ms, when the shutdown timeout ran out",
                    service.name(), millisSince(t0));
        } else {
            log.info("stopped {} in {} ms", service.name(), millisSince(t0));
        }
    }

    private static void stopQuietly(Service service) {
        try {
            service.stop();
        } catch (RuntimeException e) {
            log.error("{} failed to stop cleanly", service.name(), e);
        }
    }

    private static long millisSince(long nanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - nanos);
    }
}
