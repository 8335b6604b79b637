package io.telegate.core.notify;

import io.telegate.ports.out.StateStore;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * What the bots learned about their recipients, kept in the {@link StateStore}: chats a bot cannot write to
 * ({@code recipient:<botId>:<chatId>}, after a 403 or "chat not found"), and groups that became supergroups
 * ({@code migrated:<botId>:<chatId>} holding the new chat id). Both survive restarts and are shared by every
 * worker using the same store.
 */
public final class Recipients {

    private static final int MAX_HOPS = 5;

    private final StateStore store;
    private final Clock clock;

    public Recipients(StateStore store, Clock clock) {
        this.store = store;
        this.clock = clock;
    }

    /** Why the bot cannot write to the chat, when it was marked so. */
    public Optional<RecipientMark> unreachable(long botId, String chatId) {
        return store.get(recipientKey(botId, chatId)).flatMap(Recipients::parseMark);
    }

    /** Marks the chat as unreachable for the bot; sends to it fail at once until {@link #clear}. */
    public void markUnreachable(long botId, String chatId, String reason) {
        store.put(recipientKey(botId, chatId), clock.instant() + " " + reason, Optional.empty());
    }

    /** Lifts the mark (the user unblocked the bot, the bot was added back); returns whether there was one. */
    public boolean clear(long botId, String chatId) {
        return store.delete(recipientKey(botId, chatId));
    }

    /** Records that the group {@code fromChatId} is now the supergroup {@code toChatId}. */
    public void migrated(long botId, String fromChatId, long toChatId) {
        store.put(migratedKey(botId, fromChatId), Long.toString(toChatId), Optional.empty());
    }

    /** The chat to write to for {@code chatId}: the supergroup it became, following a few migrations at most. */
    public String resolve(long botId, String chatId) {
        String current = chatId;
        for (int hop = 0; hop < MAX_HOPS; hop++) {
            Optional<String> next = store.get(migratedKey(botId, current));
            if (next.isEmpty()) {
                return current;
            }
            current = next.get();
        }
        return current;
    }

    private static String recipientKey(long botId, String chatId) {
        return "recipient:" + botId + ":" + chatId.strip();
    }

    private static String migratedKey(long botId, String chatId) {
        return "migrated:" + botId + ":" + chatId.strip();
    }

    private static Optional<RecipientMark> parseMark(String value) {
        int space = value.indexOf(' ');
        try {
            return Optional.of(new RecipientMark(value.substring(space + 1), Instant.parse(value.substring(0, space))));
        } catch (DateTimeParseException | StringIndexOutOfBoundsException e) {
            return Optional.of(new RecipientMark(value, Instant.EPOCH));
        }
    }
}
