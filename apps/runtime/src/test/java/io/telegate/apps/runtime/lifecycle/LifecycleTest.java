package io.telegate.apps.runtime.lifecycle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.apps.runtime.lifecycle.Service.Phase;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LifecycleTest {

    private final List<String> events = new CopyOnWriteArrayList<>();
    private final CountDownLatch release = new CountDownLatch(1);

    @AfterEach
    void releaseBlockedStops() {
        release.countDown();
    }

    private Service recording(String name, Phase phase) {
        return Service.of(name, phase, () -> events.add("start " + name), () -> events.add("stop " + name));
    }

    @Test
    void startsByPhaseThenInOrderAndStopsInReverse() {
        Lifecycle lifecycle = new Lifecycle(List.of(
                recording("http", Phase.EDGE),
                recording("consumer", Phase.WORKER),
                recording("sandbox", Phase.INFRASTRUCTURE),
                recording("scheduler", Phase.WORKER)), Duration.ofSeconds(5));

        lifecycle.start();
        lifecycle.stop();

        assertThat(events).containsExactly(
                "start sandbox", "start consumer", "start scheduler", "start http",
                "stop http", "stop scheduler", "stop consumer", "stop sandbox");
    }

    @Test
    void aServiceThatFailsToStartStopsTheStartedOnesAndIsNamed() {
        Service broken = Service.of("broker", Phase.WORKER, () -> {
            throw new IllegalStateException("connection refused");
        }, () -> events.add("stop broker"));
        Lifecycle lifecycle = new Lifecycle(List.of(
                recording("pool", Phase.INFRASTRUCTURE), broken, recording("http", Phase.EDGE)),
                Duration.ofSeconds(5));

        assertThatThrownBy(lifecycle::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessage("broker failed to start: connection refused");
        assertThat(events).containsExactly("start pool", "stop pool");
    }

    @Test
    void stopIsIdempotentAndReleasesThoseWaiting() throws Exception {
        Lifecycle lifecycle = new Lifecycle(List.of(recording("worker", Phase.WORKER)), Duration.ofSeconds(5));
        lifecycle.start();

        lifecycle.stop();
        lifecycle.stop();

        assertThat(events).containsExactly("start worker", "stop worker");
        assertThat(lifecycle.awaitStopped(Duration.ZERO)).isTrue();
    }

    @Test
    void aServiceStillStoppingWhenTheTimeoutRunsOutIsAbandoned() throws Exception {
        CountDownLatch stopEntered = new CountDownLatch(1);
        Service stuck = Service.of("stuck", Phase.EDGE, () -> events.add("start stuck"), () -> {
            stopEntered.countDown();
            try {
                release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            events.add("stop stuck ends");
        });
        Lifecycle lifecycle = new Lifecycle(List.of(recording("pool", Phase.INFRASTRUCTURE), stuck),
                Duration.ofMillis(200));
        lifecycle.start();

        lifecycle.stop();

        // stop() returned although "stuck" never finished; the budget was gone before "pool"'s turn.
        assertThat(stopEntered.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(events).containsExactly("start pool", "start stuck");
        assertThat(lifecycle.awaitStopped(Duration.ZERO)).isTrue();
    }

    @Test
    void aServiceThatFailsToStopDoesNotKeepTheOthersRunning() {
        Service failing = Service.of("failing", Phase.EDGE, () -> { }, () -> {
            throw new IllegalStateException("already closed");
        });
        Lifecycle lifecycle = new Lifecycle(List.of(recording("pool", Phase.INFRASTRUCTURE), failing),
                Duration.ofSeconds(5));
        lifecycle.start();

        lifecycle.stop();

        assertThat(events).containsExactly("start pool", "stop pool");
    }

    @Test
    void aStopRequestedBeforeStartMeansNothingStarts() {
        Lifecycle lifecycle = new Lifecycle(List.of(recording("worker", Phase.WORKER)), Duration.ofSeconds(5));

        lifecycle.stop();
        lifecycle.start();

        assertThat(events).isEmpty();
        assertThat(lifecycle.isStopping()).isTrue();
    }
}
