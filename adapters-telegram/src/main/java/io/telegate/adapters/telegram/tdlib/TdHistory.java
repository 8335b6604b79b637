package io.telegate.adapters.telegram.tdlib;

import com.fasterxml.jackson.databind.JsonNode;
import io.telegate.ports.model.HistoryPage;
import io.telegate.ports.model.HistoryQuery;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.out.ChatUnavailableException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Pages a chat's history newest to oldest with {@code getChatHistory}, starting at {@code beforeId} or, for a
 * first page, at the last message before the window's end ({@code getChatMessageByDate}).
 *
 * <p>TDLib may answer fewer messages than asked even when more exist, so each page asks again from the oldest
 * message seen until it has {@code limit + 1} messages inside the window (the extra one only proves there are more),
 * leaves the window, passes {@code afterId}, or reaches the start of the chat.
 */
final class TdHistory {

    private static final int BATCH = 100;

    private final TdCaller td;

    TdHistory(TdCaller td) {
        this.td = td;
    }

    HistoryPage page(long chatId, String chatName, HistoryQuery query) {
        Optional<Long> start = startingPoint(chatId, chatName, query);
        if (start.isEmpty()) {
            return new HistoryPage(List.of(), false);
        }
        List<TelegramMessage> page = new ArrayList<>();
        long from = start.get();
        long below = from == 0 ? Long.MAX_VALUE : from;
        while (true) {
            JsonNode batch = td.call(TdObjects.request("getChatHistory").put("chat_id", chatId)
                    .put("from_message_id", from).put("offset", 0).put("limit", BATCH)
                    .put("only_local", false), chatName).path("messages");
            long oldest = below;
            for (JsonNode message : batch) {
                long tdlibId = message.path("id").asLong();
                if (!TdMessageIds.isServer(tdlibId) || tdlibId >= below) {
                    continue;
                }
                oldest = Math.min(oldest, tdlibId);
                switch (place(message, query)) {
                    case NEWER_THAN_WINDOW -> { }
                    case OLDER_THAN_WINDOW -> {
                        return new HistoryPage(page, false);
                    }
                    case IN_WINDOW -> {
                        if (page.size() == query.limit()) {
                            return new HistoryPage(page, true);
                        }
                        TdMessages.of(message, chatName).ifPresent(page::add);
                    }
                }
            }
            if (oldest == below) {
                return new HistoryPage(page, false);
            }
            from = oldest;
            below = oldest;
        }
    }

    private enum Place { NEWER_THAN_WINDOW, IN_WINDOW, OLDER_THAN_WINDOW }

    /** Where a server message (older than {@code beforeId}) falls against the query's dates and {@code afterId}. */
    private static Place place(JsonNode message, HistoryQuery query) {
        long date = message.path("date").asLong();
        if (date >= ceilSeconds(query.until())) {
            return Place.NEWER_THAN_WINDOW;
        }
        boolean tooOld = TdMessageIds.toTelegram(message.path("id").asLong()) <= query.afterId()
                || date < ceilSeconds(query.from());
        return tooOld ? Place.OLDER_THAN_WINDOW : Place.IN_WINDOW;
    }

    /**
     * The TDLib id to read older messages from (exclusive): {@code beforeId}'s, just above the last message sent
     * before the window ends, or 0 (the newest) for a window that ends beyond TDLib's dates; empty when nothing
     * was sent before the window's end.
     */
    private Optional<Long> startingPoint(long chatId, String chatName, HistoryQuery query) {
        if (query.beforeId() > 0) {
            return Optional.of(TdMessageIds.toTdlib(query.beforeId()));
        }
        long lastSecond = ceilSeconds(query.until()) - 1;
        if (lastSecond > Integer.MAX_VALUE) {
            return Optional.of(0L);
        }
        try {
            JsonNode last = td.call(TdObjects.request("getChatMessageByDate").put("chat_id", chatId)
                    .put("date", lastSecond), chatName);
            long tdlibId = last.path("id").asLong();
            return TdMessageIds.isServer(tdlibId)
                    ? Optional.of(TdMessageIds.toTdlib(TdMessageIds.toTelegram(tdlibId) + 1)) : Optional.empty();
        } catch (ChatUnavailableException noMessage) {
            // TDLib answers 404 when no message was sent before the date.
            return Optional.empty();
        }
    }

    /** The first whole second at or after the instant (message dates are whole seconds). */
    private static long ceilSeconds(Instant instant) {
        return instant.getEpochSecond() + (instant.getNano() > 0 ? 1 : 0);
    }
}
