package io.telegate.sandbox;

import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.out.AccountLogins;
import io.telegate.ports.out.BotApi;
import io.telegate.ports.out.UserAccounts;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The in-process Telegram cloud: users, chats with history, user-account sessions and bots, behind the Telegram
 * ports, plus the control operations tests and the HTTP control API use to arrange the world. Thread-safe; time
 * comes from the injected clock.
 *
 * <p>This is the module's one entry point, so it is longer than most classes, but it only delegates: the behaviour
 * lives in the package's small classes.
 */
public final class TelegramSandbox implements AutoCloseable {

    /** The log-in code the sandbox accepts for every phone number. */
    public static final String LOGIN_CODE = "12345";

    private final Clock clock;
    private final Users users;
    private final Chats chats;
    private final Sessions sessions;
    private final SandboxAccountLogins logins;
    private final SandboxBots bots;
    private final SandboxWorld world;
    private volatile SandboxLimits limits;

    private TelegramSandbox(Clock clock, SandboxLimits limits) {
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limits = Objects.requireNonNull(limits, "limits");
        Usernames usernames = new Usernames();
        this.users = new Users(usernames);
        this.chats = new Chats(usernames, users);
        this.sessions = new Sessions(users);
        this.logins = new SandboxAccountLogins(users, sessions, clock);
        BotRegistry registry = new BotRegistry(usernames, clock, () -> this.limits);
        BotSender sender = new BotSender(new BotTargets(users, chats, usernames), clock);
        this.bots = new SandboxBots(registry, sender, new BotInbox(users, sender, clock), chats, clock);
        this.world = new SandboxWorld(users, chats, sessions, registry, usernames, clock);
    }

    /** A sandbox with Telegram's documented bot rate limits. */
    public static TelegramSandbox create(Clock clock) {
        return create(clock, SandboxLimits.telegram());
    }

    public static TelegramSandbox create(Clock clock, SandboxLimits limits) {
        return new TelegramSandbox(clock, limits);
    }

    /** Loads a seed file (format in docs/sandbox.md). */
    public void seed(Path seedJson) {
        try (InputStream in = Files.newInputStream(seedJson)) {
            seed(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read seed " + seedJson, e);
        }
    }

    /** Loads a seed from a stream, e.g. a classpath resource; the stream is read fully but not closed. */
    public void seed(InputStream seedJson) {
        new SeedLoader(world, this).load(seedJson);
    }

    public UserAccounts userAccounts() {
        return new SandboxUserAccounts(sessions, chats);
    }

    public AccountLogins accountLogins() {
        return logins;
    }

    public BotApi botApi() {
        return new SandboxBotApi(bots);
    }

    /** The bots with their full Bot API results and the user-side control operations. */
    public SandboxBots bots() {
        return bots;
    }

    public Clock clock() {
        return clock;
    }

    public SandboxLimits limits() {
        return limits;
    }

    /** Replaces the bot rate limits from now on. */
    public void limits(SandboxLimits newLimits) {
        limits = Objects.requireNonNull(newLimits, "limits");
    }

    /** Creates a user; username and phone may be null. */
    public SandboxUser createUser(String firstName, String username, String phone) {
        return users.add(0, firstName, Optional.ofNullable(username), Optional.ofNullable(phone), Optional.empty(),
                Optional.empty());
    }

    public Optional<SandboxUser> user(long id) {
        return users.find(id);
    }

    /** Gives the account a two-step verification password (null removes it). */
    public void setPassword(long userId, String password, String hint) {
        users.require(userId);
        users.setPassword(userId, Optional.ofNullable(password), Optional.ofNullable(hint));
    }

    /** Creates a chat; a private chat creates its user (named by the title) and has that user's id. */
    public SandboxChat createChat(String username, String title, ChatKind kind) {
        if (kind == ChatKind.PRIVATE) {
            SandboxUser user = createUser(title, username, null);
            return chats.find(user.id()).orElseThrow().view();
        }
        return chats.create(0, Optional.ofNullable(username), title, kind).view();
    }

    /** The chat named {@code @username}, by numeric id, or by invite link. */
    public SandboxChat chat(String chat) {
        return chats.require(chat).view();
    }

    /** Makes the user a member (also undoing a kick). */
    public void addMember(String chat, long userId) {
        world.addMember(chats.require(chat), userId);
    }

    /** Removes the user: their sessions lose the chat with {@code KICKED}, live subscriptions included. */
    public void kick(String chat, long userId) {
        chats.require(chat).kick(userId);
    }

    /** Upgrades a basic group to a new supergroup; bots writing to the old id get {@code migrate_to_chat_id}. */
    public SandboxChat migrate(String group) {
        return world.migrate(chats.require(group)).view();
    }

    /** Posts a message now (null date) or at the date, never earlier than the chat's newest message. */
    public TelegramMessage post(String chat, long fromUserId, String text, Instant date) {
        return post(chat, fromUserId, text, date, 0);
    }

    /** Posts a message answering {@code replyTo} (0: none). */
    public TelegramMessage post(String chat, long fromUserId, String text, Instant date, long replyTo) {
        Objects.requireNonNull(text, "text");
        if (text.isEmpty()) {
            throw new IllegalArgumentException("a message needs a text");
        }
        Instant when = date != null ? date : clock.instant();
        return chats.require(chat).append(when, fromUserId, replyTo, text);
    }

    /** The newest {@code limit} messages below {@code beforeId} (0: from the newest), newest first. */
    public List<TelegramMessage> messages(String chat, int limit, long beforeId) {
        ChatState state = chats.require(chat);
        return state.store.latest(Math.clamp(limit, 1, 1_000), beforeId, state.ref());
    }

    /** Generates synthetic history over whole UTC days {@code from..to} (inclusive, never past now). */
    public long generateHistory(String chat, LocalDate from, LocalDate to, long messages, long seed) {
        Instant until = to.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant now = clock.instant().plusSeconds(1);
        return generateHistory(chat, from.atStartOfDay(ZoneOffset.UTC).toInstant(),
                until.isAfter(now) ? now : until, messages, seed);
    }

    /** Generates synthetic history dated in [from, until). */
    public long generateHistory(String chat, Instant from, Instant until, long messages, long seed) {
        return HistoryGenerator.generate(chats.require(chat), from, until, messages, seed);
    }

    /** A user-account session that can connect. */
    public SessionDescriptor createSession(long userId) {
        return sessions.create(userId, null, null, null);
    }

    public Optional<SessionDescriptor> session(String sessionId) {
        return sessions.find(sessionId).map(state -> state.descriptor);
    }

    /** The session now fails with {@code AUTH_KEY_UNREGISTERED}; its live subscriptions hear it too. */
    public void revokeSession(String sessionId) {
        sessions.require(sessionId).revoke();
    }

    /** The next {@code times} calls of the session fail with a flood wait of {@code wait}. */
    public void injectFloodWait(String sessionId, Duration wait, int times) {
        sessions.require(sessionId).injectFloodWait(wait, times);
    }

    /** Confirms a QR log-in as if {@code userId} scanned the {@code tg://login?token=...} link. */
    public void scanQr(String link, long userId) {
        logins.scanQr(link, userId);
    }

    public BotToken createBot(String username) {
        return bots.create(username, null, null).token();
    }

    public List<SentBotMessage> sentBy(BotToken token) {
        return bots.sent(token);
    }

    public void addBotToChat(BotToken token, String chat) {
        bots.addToChat(token, chat);
    }

    public void blockBot(long userId, BotToken token) {
        users.require(userId);
        bots.block(userId, token);
    }

    /** Stops webhook deliveries. */
    @Override
    public void close() {
        bots.close();
    }
}
