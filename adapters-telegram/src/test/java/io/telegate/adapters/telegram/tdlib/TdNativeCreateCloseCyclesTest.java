package io.telegate.adapters.telegram.tdlib;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A hundred real TDLib clients created, driven to {@code authorizationStateWaitPhoneNumber} and closed one after
 * the other leave no thread behind and no native memory growing with the count.
 *
 * <p>The baseline is taken after a warm-up of five cycles: the first client makes TDLib start its process-wide
 * scheduler threads and allocate its caches, which stay for the life of the process by design. Threads are counted
 * by the kernel ({@code Threads:} of {@code /proc/self/status}), so TDLib's native threads count too. The RSS bound
 * (64 MB over 100 cycles, read after a {@code System.gc()}) is generous: the JVM's heap may still grow or shrink by a
 * few tens of MB; a leaked client (its actors, its database handles, its network buffers) would cost far more per
 * cycle. Measured on the development machine (network off, see {@link TdOfflineTransport}): 23 OS threads before and
 * after in every run; RSS after the cycles 38 to 45 MB below the reading after warm-up in twelve runs (the JVM hands
 * heap back after the collections), and no growth over 1500 cycles.
 */
class TdNativeCreateCloseCyclesTest {

    private static final int WARM_UP = 5;
    private static final int CYCLES = 100;
    private static final long RSS_BOUND_KB = 64 * 1024;

    @TempDir
    Path databases;

    @Test
    void aHundredCreateCloseCyclesLeaveNoThreadAndBoundedResidentMemoryBehind() throws Exception {
        TdlibRuntime runtime = TdNativeClientTest.runtime(databases);
        for (int i = 0; i < WARM_UP; i++) {
            cycle(runtime, "warm-" + i);
        }
        awaitReceiveLoopEnded(runtime);
        long threadsBefore = ProcStatus.read("Threads");
        int javaThreadsBefore = Thread.activeCount();
        long rssBefore = residentAfterGc();

        for (int i = 0; i < CYCLES; i++) {
            cycle(runtime, "cycle-" + i);
        }
        awaitReceiveLoopEnded(runtime);
        Eventually.holds(() -> ProcStatus.read("Threads") <= threadsBefore, Duration.ofSeconds(10));
        long threadsAfter = ProcStatus.read("Threads");
        long rssAfter = residentAfterGc();

        System.out.printf("TDLib %d create/close cycles: OS threads %d -> %d, Java threads %d -> %d,"
                + " VmRSS %d kB -> %d kB (%+d kB)%n", CYCLES, threadsBefore, threadsAfter, javaThreadsBefore,
                Thread.activeCount(), rssBefore, rssAfter, rssAfter - rssBefore);
        assertThat(threadsAfter).isLessThanOrEqualTo(threadsBefore);
        assertThat(Thread.activeCount()).isLessThanOrEqualTo(javaThreadsBefore);
        assertThat(rssAfter - rssBefore).isLessThan(RSS_BOUND_KB);
    }

    private void cycle(TdlibRuntime runtime, String name) throws InterruptedException, IOException {
        CountDownLatch waitingForPhone = new CountDownLatch(1);
        TdClient client = runtime.openClient(update -> TdAuthorizationStates.of(update)
                .filter(state -> TdObjects.is(state, TdAuthorizationStates.WAIT_PHONE))
                .ifPresent(state -> waitingForPhone.countDown()));
        Path database = databases.resolve(name);
        client.call(TdParameters.forSession(runtime.config(), database, ""), "parameters");
        assertThat(waitingForPhone.await(20, TimeUnit.SECONDS)).as("WaitPhoneNumber in cycle " + name).isTrue();
        client.close();
        assertThat(client.isClosed()).as("closed in cycle " + name).isTrue();
        TdSessionFiles.deleteTree(database);
        assertThat(Files.exists(database)).isFalse();
    }

    /** The resident set after a full collection, so the Java heap's garbage does not count as native growth. */
    private static long residentAfterGc() {
        System.gc();
        return ProcStatus.read("VmRSS");
    }

    private static void awaitReceiveLoopEnded(TdlibRuntime runtime) {
        Eventually.holds(() -> !runtime.dispatcher().receiving(), Duration.ofSeconds(5));
    }
}
