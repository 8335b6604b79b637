package io.telegate.ports.out;

import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.HistoryPage;
import io.telegate.ports.model.HistoryQuery;
import io.telegate.ports.model.ResolvedChat;

/**
 * A connected user-account session: what a person's Telegram app can do, for the chats it can see.
 *
 * <p>Contract, for every method: a revoked, banned or deactivated session throws {@link AccessLostException}
 * with the reason (and {@link UpdateListener#onAccessLost} fires on every live subscription); a chat the
 * session may not read throws {@link AccessLostException} with a chat-level reason; an unknown chat throws
 * {@link ChatUnavailableException}; a rate limit throws {@link FloodWaitException}; a network failure throws
 * {@link TransientFailure}. Thread-safe; {@link #close()} is idempotent.
 */
public interface AccountSession extends AutoCloseable {

    /** The id of the session descriptor this was opened from. */
    String sessionId();

    /** Finds a chat by username, id or invite link without joining it. */
    ResolvedChat resolve(ChatRef chat);

    /** Joins a chat (by username or invite link); joining a chat already joined is not an error. */
    ResolvedChat join(ChatRef chat);

    /**
     * One page of the chat's history inside the query's window, newest first, ids strictly decreasing and
     * all below {@code beforeId} (when not 0) and above {@code afterId}.
     */
    HistoryPage history(ResolvedChat chat, HistoryQuery query);

    /**
     * Delivers every new message of the chat to the listener, in id order, until the subscription is closed.
     * A listener is called from one thread at a time per chat.
     */
    Subscription subscribe(ResolvedChat chat, UpdateListener listener);

    @Override
    void close();
}
