package io.telegate.testkit.telegram;

import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.bot.BotToken;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Arranges the Telegram world for the Telegram contract suites: users, chats with history, sessions, bots, and the
 * clock. Each implementation of the Telegram ports brings one (the sandbox's drives the sandbox directly).
 * Names it makes up (usernames, phone numbers) are unique per call, so tests never collide.
 */
public interface TelegramFixture {

    /** Creates a user account; returns its id. */
    long createUser(String firstName);

    /** Creates a user account with a phone number, and a two-step password when given. */
    PhoneAccount createPhoneAccount(Optional<String> password);

    /** The code a phone log-in of a fixture account expects. */
    String loginCode();

    /** Issues a session for the user that {@code UserAccounts.connect} accepts. */
    SessionDescriptor createSession(long userId);

    /** Creates a group, supergroup or channel, public (with a username) or private, with these members. */
    FixtureChat createChat(ChatKind kind, boolean isPublic, List<Long> members);

    /** Posts a message now. */
    TelegramMessage post(long chatId, long fromUserId, String text);

    /** Posts {@code count} messages dated evenly in [from, until); returns them oldest first. */
    List<TelegramMessage> postHistory(long chatId, int count, Instant from, Instant until);

    /** Ends the session at Telegram: it becomes unauthorized everywhere. */
    void revoke(SessionDescriptor session);

    /** Makes the next {@code times} requests of the session fail with a flood wait of {@code wait}. */
    void injectFloodWait(SessionDescriptor session, Duration wait, int times);

    /** Removes the user from the chat. */
    void kick(long chatId, long userId);

    /** Confirms a QR log-in as if the user scanned the link in a logged-in app. */
    void scanQr(String link, long userId);

    /** The Telegram side's current time. */
    Instant now();

    /** Moves the Telegram side's time forward (rate-limit windows, expiries). */
    void advanceTime(Duration duration);

    /** Creates a bot; the username is made unique by the fixture from the given stem. */
    BotToken createBot(String usernameStem);

    /** Adds the bot to a group, supergroup or channel so it may write there. */
    void addBotToChat(BotToken bot, long chatId);

    /** The user blocks the bot. */
    void blockBot(BotToken bot, long userId);

    /** Upgrades a basic group to a supergroup; returns the supergroup's id. */
    long migrateToSupergroup(long groupId);

    /** Everything the bot sent, in order. */
    List<RecordedBotMessage> sentBy(BotToken bot);

    /** The user presses the inline button with {@code callbackData} under the bot's message; returns the query id. */
    String pressButton(BotToken bot, long userId, long messageId, String callbackData);

    /** A chat id no chat has. */
    long missingChatId();
}
