package io.telegate.adapters.telegram.bot;

import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.sandbox.SandboxChat;
import io.telegate.sandbox.SandboxUser;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.sandbox.http.SandboxHttpServer;
import io.telegate.testkit.telegram.FixtureChat;
import io.telegate.testkit.telegram.PhoneAccount;
import io.telegate.testkit.telegram.RecordedBotMessage;
import io.telegate.testkit.telegram.TelegramFixture;
import io.telegate.testkit.time.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link TelegramSandbox} on a fixed clock behind its HTTP Bot API emulator on a free loopback port: the world is
 * arranged in-process, while the client under test reaches it only over HTTP.
 */
final class SandboxBotApiServer implements TelegramFixture, AutoCloseable {

    private static final AtomicInteger NAMES = new AtomicInteger();

    final MutableClock clock = new MutableClock(Instant.parse("2025-06-01T12:00:00Z"));
    final TelegramSandbox sandbox = TelegramSandbox.create(clock);
    private final SandboxHttpServer server = new SandboxHttpServer(sandbox, "127.0.0.1", 0).start();

    /** The emulator's address with the default limits and timeouts. */
    BotApiConfig config() {
        return BotApiConfig.defaults(URI.create(server.baseUrl()));
    }

    @Override
    public long createUser(String firstName) {
        return sandbox.createUser(firstName, null, null).id();
    }

    @Override
    public PhoneAccount createPhoneAccount(Optional<String> password) {
        String phone = "+1666" + String.format("%07d", NAMES.incrementAndGet());
        SandboxUser user = sandbox.createUser("Phone owner", null, phone);
        password.ifPresent(secret -> sandbox.setPassword(user.id(), secret, "the usual"));
        return new PhoneAccount(user.id(), phone);
    }

    @Override
    public String loginCode() {
        return TelegramSandbox.LOGIN_CODE;
    }

    @Override
    public SessionDescriptor createSession(long userId) {
        return sandbox.createSession(userId);
    }

    @Override
    public FixtureChat createChat(ChatKind kind, boolean isPublic, List<Long> members) {
        SandboxChat chat = sandbox.createChat(isPublic ? "chat_" + NAMES.incrementAndGet() : null, "Chat", kind);
        members.forEach(member -> sandbox.addMember(Long.toString(chat.id()), member));
        return new FixtureChat(chat.id(), chat.username(), chat.inviteLink(), chat.kind());
    }

    @Override
    public TelegramMessage post(long chatId, long fromUserId, String text) {
        return sandbox.post(Long.toString(chatId), fromUserId, text, null);
    }

    @Override
    public List<TelegramMessage> postHistory(long chatId, int count, Instant from, Instant until) {
        long step = Duration.between(from, until).toSeconds() / count;
        List<TelegramMessage> posted = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            posted.add(sandbox.post(Long.toString(chatId), 42, "history " + i, from.plusSeconds(step * i)));
        }
        return posted;
    }

    @Override
    public void revoke(SessionDescriptor session) {
        sandbox.revokeSession(session.id());
    }

    @Override
    public void injectFloodWait(SessionDescriptor session, Duration wait, int times) {
        sandbox.injectFloodWait(session.id(), wait, times);
    }

    @Override
    public void kick(long chatId, long userId) {
        sandbox.kick(Long.toString(chatId), userId);
    }

    @Override
    public void scanQr(String link, long userId) {
        sandbox.scanQr(link, userId);
    }

    @Override
    public Instant now() {
        return clock.instant();
    }

    @Override
    public void advanceTime(Duration duration) {
        clock.advance(duration);
    }

    @Override
    public BotToken createBot(String usernameStem) {
        return sandbox.createBot(usernameStem + "_" + NAMES.incrementAndGet() + "_bot");
    }

    @Override
    public void addBotToChat(BotToken bot, long chatId) {
        sandbox.addBotToChat(bot, Long.toString(chatId));
    }

    @Override
    public void blockBot(BotToken bot, long userId) {
        sandbox.blockBot(userId, bot);
    }

    @Override
    public long migrateToSupergroup(long groupId) {
        return sandbox.migrate(Long.toString(groupId)).id();
    }

    @Override
    public List<RecordedBotMessage> sentBy(BotToken bot) {
        return sandbox.sentBy(bot).stream()
                .map(sent -> new RecordedBotMessage(sent.chatId(), sent.messageId(), sent.text())).toList();
    }

    @Override
    public String pressButton(BotToken bot, long userId, long messageId, String callbackData) {
        return sandbox.bots().userPresses(bot, userId, messageId, callbackData).callbackQuery().orElseThrow().id();
    }

    @Override
    public long missingChatId() {
        return -1_009_999_999_999L;
    }

    @Override
    public void close() {
        server.close();
        sandbox.close();
    }
}
