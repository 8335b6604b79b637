package io.telegate.core.monitor;

import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.HistoryPage;
import io.telegate.ports.model.HistoryQuery;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.monitor.MonitorEvent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Publishes what a chat missed while nobody listened: pages its history after the last published id (newest
 * first, as Telegram pages), then hands the messages over oldest first; the caller announces {@code gap_filled}.
 *
 * <p>Used from its chat's own thread only. The messages of one gap are held in memory while it is filled.
 */
final class GapFiller {

    /** Publishes one message of the chat; returns false when it was published before. */
    interface MessageSink {
        boolean publish(TelegramMessage message, String sessionId, boolean gapFill) throws InterruptedException;
    }

    private static final Logger log = LoggerFactory.getLogger(GapFiller.class);

    private final ChatRef chat;
    private final HistoryReader reader;
    private final MonitorMetrics metrics;
    private final int pageSize;

    GapFiller(ChatRef chat, HistoryReader reader, MonitorMetrics metrics, int pageSize) {
        this.chat = chat;
        this.reader = reader;
        this.metrics = metrics;
        this.pageSize = pageSize;
    }

    /** Publishes every message after {@code afterId}; returns the {@code gap_filled} event when there were any. */
    Optional<MonitorEvent.GapFilled> fill(SessionPool pool, long afterId, HistoryReader.LossListener onLoss, MessageSink sink)
            throws InterruptedException {
        List<HistoryReader.Sourced<TelegramMessage>> missed = readAfter(pool, afterId, onLoss);
        int count = 0;
        long first = 0;
        long last = 0;
        for (HistoryReader.Sourced<TelegramMessage> message : missed) {
            if (sink.publish(message.value(), message.sessionId(), true)) {
                first = count == 0 ? message.value().id() : first;
                last = message.value().id();
                count++;
            }
        }
        if (count == 0) {
            return Optional.empty();
        }
        metrics.gapFilled(count);
        log.info("chat {}: filled a gap of {} message(s), ids {}..{}", chat.text(), count, first, last);
        return Optional.of(new MonitorEvent.GapFilled(chat, first, last, count));
    }

    /** True when history holds a message newer than {@code afterId} (a peek of one message). */
    boolean hasNewer(SessionPool pool, long afterId, HistoryReader.LossListener onLoss) throws InterruptedException {
        HistoryQuery peek = HistoryQuery.after(afterId, 1);
        return !reader.read(pool, onLoss, r -> r.session().history(r.chat(), peek)).value().messages().isEmpty();
    }

    private List<HistoryReader.Sourced<TelegramMessage>> readAfter(SessionPool pool, long afterId,
                                                                   HistoryReader.LossListener onLoss)
            throws InterruptedException {
        List<HistoryReader.Sourced<TelegramMessage>> newestFirst = new ArrayList<>();
        HistoryQuery query = HistoryQuery.after(afterId, pageSize);
        while (true) {
            HistoryQuery current = query;
            HistoryReader.Sourced<HistoryPage> page =
                    reader.read(pool, onLoss, r -> r.session().history(r.chat(), current));
            page.value().messages().stream().filter(m -> m.id() > afterId)
                    .forEach(m -> newestFirst.add(new HistoryReader.Sourced<>(page.sessionId(), m)));
            if (!page.value().hasMore() || page.value().messages().isEmpty()) {
                break;
            }
            query = query.next(page.value().oldestId());
        }
        Collections.reverse(newestFirst);
        return newestFirst;
    }
}
