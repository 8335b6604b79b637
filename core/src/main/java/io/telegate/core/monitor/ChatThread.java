package io.telegate.core.monitor;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;

/**
 * The one virtual thread a chat's work runs on, a task at a time in submission order. The chat decides what
 * happens around each task through its {@link Guard}: whether the task may run, what follows it, and how a
 * release or a failure is handled.
 */
final class ChatThread {

    /** One piece of work on the chat's thread. */
    interface Task<T> {
        T run() throws InterruptedException;
    }

    /** What the chat does around each of its tasks. */
    interface Guard {

        /** Throws {@link ChatReleased} when the chat is no longer monitored here. */
        void before();

        /** Work that follows a task (choosing the source again after the pool changed). */
        void after() throws InterruptedException;

        /** The task found the chat is not this process's any more. */
        void released(ChatReleased e);

        /** The task failed unexpectedly. */
        void failed(RuntimeException e);

        /** Runs last, whatever happened. */
        void finished();
    }

    private final ExecutorService executor =
            Executors.newSingleThreadExecutor(Thread.ofVirtual().name("monitor-chat-", 0).factory());
    private final Guard guard;

    ChatThread(Guard guard) {
        this.guard = guard;
    }

    /** Queues the task; the future fails with {@link ChatReleased} when the chat is gone before it runs. */
    <T> CompletableFuture<T> submit(Task<T> task) {
        CompletableFuture<T> result = new CompletableFuture<>();
        try {
            executor.execute(() -> run(task, result));
        } catch (RejectedExecutionException e) {
            result.completeExceptionally(new ChatReleased("no longer monitored here"));
        }
        return result;
    }

    void execute(Task<?> task) {
        submit(task);
    }

    private <T> void run(Task<T> task, CompletableFuture<T> result) {
        try {
            guard.before();
            T value = task.run();
            guard.after();
            result.complete(value);
        } catch (ChatReleased e) {
            guard.released(e);
            result.completeExceptionally(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            result.completeExceptionally(e);
        } catch (RuntimeException e) {
            guard.failed(e);
            result.completeExceptionally(e);
        } finally {
            guard.finished();
        }
    }

    /** Runs what is queued, then ends; may be called from the thread itself. */
    void shutdown() {
        executor.shutdown();
    }

    boolean awaitTermination(Duration timeout) throws InterruptedException {
        return executor.awaitTermination(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** Interrupts the running task and drops the queued ones. */
    void shutdownNow() {
        executor.shutdownNow();
    }
}
