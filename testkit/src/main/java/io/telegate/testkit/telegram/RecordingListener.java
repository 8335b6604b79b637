package io.telegate.testkit.telegram;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.out.UpdateListener;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** An {@link UpdateListener} that records what it hears and notices overlapping calls. */
final class RecordingListener implements UpdateListener {

    final List<TelegramMessage> messages = new CopyOnWriteArrayList<>();
    final List<AccessLossReason> losses = new CopyOnWriteArrayList<>();
    private final AtomicInteger inside = new AtomicInteger();
    private volatile boolean overlapped;

    @Override
    public void onMessage(TelegramMessage message) {
        enter();
        messages.add(message);
        inside.decrementAndGet();
    }

    @Override
    public void onAccessLost(AccessLossReason reason) {
        enter();
        losses.add(reason);
        inside.decrementAndGet();
    }

    boolean overlapped() {
        return overlapped;
    }

    List<Long> ids() {
        return messages.stream().map(TelegramMessage::id).toList();
    }

    private void enter() {
        if (inside.incrementAndGet() > 1) {
            overlapped = true;
        }
    }
}
