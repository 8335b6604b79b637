package io.telegate.sandbox;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.out.Subscription;
import io.telegate.ports.out.UpdateListener;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One subscription to a chat: deliveries queue on its own single virtual thread, so the listener sees messages in
 * id order and one call at a time. Closing stops deliveries; losing access delivers what was queued, then the loss.
 */
final class LiveSubscription implements Subscription {

    private static final Logger LOG = LoggerFactory.getLogger(LiveSubscription.class);

    private final UpdateListener listener;
    private final String chatName;
    private final long userId;
    private final Runnable unregister;
    private final ExecutorService executor = Executors.newSingleThreadExecutor(
            Thread.ofVirtual().name("sandbox-subscription-", 0).factory());
    private final AtomicBoolean accepting = new AtomicBoolean(true);
    private volatile boolean closed;

    LiveSubscription(UpdateListener listener, String chatName, long userId, Runnable unregister) {
        this.listener = listener;
        this.chatName = chatName;
        this.userId = userId;
        this.unregister = unregister;
    }

    long userId() {
        return userId;
    }

    void deliver(TelegramMessage message) {
        if (accepting.get()) {
            TelegramMessage named = message.inChat(chatName);
            run(() -> listener.onMessage(named));
        }
    }

    void lose(AccessLossReason reason) {
        if (accepting.compareAndSet(true, false)) {
            run(() -> listener.onAccessLost(reason));
            executor.shutdown();
            unregister.run();
        }
    }

    @Override
    public void close() {
        closed = true;
        if (accepting.compareAndSet(true, false)) {
            executor.shutdown();
            unregister.run();
        }
    }

    private void run(Runnable call) {
        executor.execute(() -> {
            if (closed) {
                return;
            }
            try {
                call.run();
            } catch (RuntimeException e) {
                LOG.warn("a subscription listener of chat {} failed", chatName, e);
            }
        });
    }
}
