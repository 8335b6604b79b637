package io.telegate.testkit.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntFunction;

/** Runs several runners on their own threads, released at the same instant, and collects what each returns. */
final class Race {

    private static final long PATIENCE_SECONDS = 60;

    private Race() {}

    /** Runs {@code runner} with the indexes 0..runners-1 at once; returns the results in index order. */
    static <T> List<T> run(int runners, IntFunction<T> runner) {
        ExecutorService threads = Executors.newFixedThreadPool(runners);
        try {
            CountDownLatch ready = new CountDownLatch(runners);
            CountDownLatch go = new CountDownLatch(1);
            List<Future<T>> futures = new ArrayList<>();
            for (int i = 0; i < runners; i++) {
                int index = i;
                futures.add(threads.submit(() -> {
                    ready.countDown();
                    go.await();
                    return runner.apply(index);
                }));
            }
            ready.await();
            go.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get(PATIENCE_SECONDS, TimeUnit.SECONDS));
            }
            return results;
        } catch (ExecutionException failed) {
            throw new AssertionError("a racing thread failed: " + failed.getCause(), failed.getCause());
        } catch (TimeoutException stuck) {
            throw new AssertionError("a racing thread did not finish within " + PATIENCE_SECONDS + " s", stuck);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new AssertionError("interrupted while racing", interrupted);
        } finally {
            threads.shutdownNow();
        }
    }
}
