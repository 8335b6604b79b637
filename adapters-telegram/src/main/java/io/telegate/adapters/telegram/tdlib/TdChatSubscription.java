package io.telegate.adapters.telegram.tdlib;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.out.Subscription;
import io.telegate.ports.out.UpdateListener;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One listener's subscription to one chat. Deliveries are queued to a virtual thread of its own, so a slow listener
 * neither holds up TDLib's receive loop nor sees two calls at once, and messages keep TDLib's (id) order.
 */
final class TdChatSubscription implements Subscription {

    private static final Logger log = LoggerFactory.getLogger(TdChatSubscription.class);

    private final long chatId;
    private final String chatName;
    private final UpdateListener listener;
    private final Consumer<TdChatSubscription> onClose;
    private final ExecutorService deliveries =
            Executors.newSingleThreadExecutor(Thread.ofVirtual().name("tdlib-listener").factory());
    private final AtomicBoolean closed = new AtomicBoolean();
    private final AtomicBoolean lost = new AtomicBoolean();

    TdChatSubscription(long chatId, String chatName, UpdateListener listener, Consumer<TdChatSubscription> onClose) {
        this.chatId = chatId;
        this.chatName = chatName;
        this.listener = listener;
        this.onClose = onClose;
    }

    long chatId() {
        return chatId;
    }

    String chatName() {
        return chatName;
    }

    void deliver(TelegramMessage message) {
        if (!lost.get()) {
            submit(() -> listener.onMessage(message));
        }
    }

    /** Tells the listener once that access is lost; nothing is delivered after it. */
    void lose(AccessLossReason reason) {
        if (lost.compareAndSet(false, true)) {
            submit(() -> listener.onAccessLost(reason));
        }
    }

    @Override
    public void close() {
        if (closed.compareAndSet(false, true)) {
            deliveries.shutdown();
            onClose.accept(this);
        }
    }

    private void submit(Runnable delivery) {
        if (closed.get()) {
            return;
        }
        try {
            deliveries.execute(() -> {
                if (!closed.get()) {
                    try {
                        delivery.run();
                    } catch (RuntimeException e) {
                        log.warn("a listener of chat {} failed", chatName, e);
                    }
                }
            });
        } catch (RejectedExecutionException closedMeanwhile) {
            // closed between the check and the hand-over: the delivery is dropped, as after close.
        }
    }
}
