package io.telegate.adapters.telegram.tdlib;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.HistoryPage;
import io.telegate.ports.model.HistoryQuery;
import io.telegate.ports.model.ResolvedChat;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.out.AccessLostException;
import io.telegate.ports.out.AccountSession;
import io.telegate.ports.out.ChatUnavailableException;
import io.telegate.ports.out.FloodWaitException;
import io.telegate.ports.out.Subscription;
import io.telegate.ports.out.UpdateListener;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sessions, chats, history and live updates against a scripted TDLib replaying recorded objects. These cover the
 * clauses of {@code UserAccountsContract} that need Telegram's servers (see docs/telegram.md).
 */
class TdlibUserAccountsTest {

    private static final long CHANNEL = -1001234567890L;
    private static final Instant START = Instant.parse("2025-01-01T00:00:00Z");

    @TempDir
    Path databases;

    private final FakeTdJson td = new FakeTdJson();
    private final List<AutoCloseable> opened = new ArrayList<>();
    private TdlibUserAccounts accounts;

    @BeforeEach
    void telegram() {
        td.on("setTdlibParameters", (client, request) -> {
            td.emitState(client, TdAuthorizationStates.READY);
            return FakeTdJson.ok();
        });
        td.on("searchPublicChat", (client, request) -> request.path("username").asText().equals("telegate_news")
                ? Fixtures.load("chat-channel.json") : Fixtures.load("error-username-not-occupied.json"));
        td.on("getChat", (client, request) -> request.path("chat_id").asLong() == CHANNEL
                ? Fixtures.load("chat-channel.json") : Fixtures.load("error-chat-not-found.json"));
        td.on("getSupergroup", (client, request) -> Fixtures.load("supergroup-channel.json"));
        td.on("checkChatInviteLink", (client, request) -> Fixtures.load("chat-invite-link-info-private.json"));
        TdlibConfig config = TdlibConfig.defaults(Optional.empty(), 94575, "a3406de8d171bb422bb6ddf3bbd800e2", databases)
                .withPollTimeout(Duration.ofMillis(50)).withRequestTimeout(Duration.ofSeconds(5));
        accounts = new TdlibUserAccounts(new TdlibRuntime(config, Clock.systemUTC(), () -> td));
    }

    @AfterEach
    void closeWhatTheTestOpened() throws Exception {
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    @Test
    void aChannelResolvesByUsernameAndByIdWithItsKindTitleAndUsername() {
        AccountSession session = connect("reader");

        ResolvedChat byName = session.resolve(new ChatRef.Username("telegate_news"));
        ResolvedChat byId = session.resolve(new ChatRef.NumericId(CHANNEL));

        assertThat(byName).isEqualTo(new ResolvedChat(CHANNEL, Optional.of("telegate_news"), "Telegate News 📣",
                ChatKind.CHANNEL));
        assertThat(byId).isEqualTo(byName);
        assertThat(td.last("getSupergroup").path("supergroup_id").asLong()).isEqualTo(1234567890L);
    }

    @Test
    void aChatNotInTdlibsCacheIsLoadedByItsSupergroupId() {
        td.on("createSupergroupChat", (client, request) -> Fixtures.load("chat-channel.json"));
        AccountSession session = connect("reader");

        ResolvedChat chat = session.resolve(new ChatRef.NumericId(-1009999999999L));

        assertThat(chat.id()).isEqualTo(CHANNEL);
        assertThat(td.last("createSupergroupChat").path("supergroup_id").asLong()).isEqualTo(9999999999L);
    }

    @Test
    void anUnknownUsernameIsUnavailable() {
        AccountSession session = connect("reader");

        assertThatThrownBy(() -> session.resolve(new ChatRef.Username("no_such_chat")))
                .isInstanceOfSatisfying(ChatUnavailableException.class,
                        e -> assertThat(e.chat()).isEqualTo("@no_such_chat"));
    }

    @Test
    void aPrivateChatSeenThroughItsInviteLinkMustBeJoinedBeforeReading() {
        AccountSession session = connect("reader");

        ResolvedChat chat = session.resolve(new ChatRef.InviteLink("https://t.me/+AbCdEf123"));

        assertThat(chat).isEqualTo(new ResolvedChat(0, Optional.empty(), "Закрытый клуб", ChatKind.SUPERGROUP));
        assertThatThrownBy(() -> session.history(chat, HistoryQuery.after(0, 10)))
                .isInstanceOfSatisfying(AccessLostException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccessLossReason.CHANNEL_PRIVATE));
        assertThat(td.last("checkChatInviteLink").path("invite_link").asText()).isEqualTo("https://t.me/+AbCdEf123");
    }

    @Test
    void joiningByInviteLinkWhenAlreadyAMemberGivesTheChat() {
        td.on("joinChatByInviteLink", (client, request) -> FakeTdJson.error(400, "USER_ALREADY_PARTICIPANT"));
        td.on("checkChatInviteLink", (client, request) ->
                Fixtures.load("chat-invite-link-info-private.json").put("chat_id", CHANNEL));
        AccountSession session = connect("reader");

        assertThat(session.join(new ChatRef.InviteLink("https://t.me/+AbCdEf123")).id()).isEqualTo(CHANNEL);
    }

    @Test
    void historyPagesCoverTheWindowNewestFirstWithoutGapsOrDuplicates() {
        new FakeChannelHistory(CHANNEL).posts(1, 230, START, 3600).install(td);
        AccountSession session = connect("archiver");
        ResolvedChat chat = session.resolve(new ChatRef.Username("telegate_news"));
        Instant from = START.plus(Duration.ofHours(50));
        Instant until = START.plus(Duration.ofHours(180)).plusMillis(500);

        List<TelegramMessage> read = readAll(session, chat, new HistoryQuery(from, until, 0, 0, 17));

        // Post n is dated START + (n - 1) h: the window holds posts 51 to 181.
        assertThat(read).extracting(TelegramMessage::id)
                .containsExactlyElementsOf(descending(181, 51));
        assertThat(read).allSatisfy(m -> assertThat(m.chat()).isEqualTo("@telegate_news"));
        assertThat(read.getFirst().text()).isEqualTo("post 181");
        assertThat(td.last("getChatMessageByDate").path("date").asLong())
                .isEqualTo(START.plus(Duration.ofHours(180)).getEpochSecond());
    }

    @Test
    void afterIdAndBeforeIdBoundThePageAndHasMoreSaysWhetherTheBoundsHoldMore() {
        new FakeChannelHistory(CHANNEL).posts(1, 50, START, 60).install(td);
        AccountSession session = connect("reader");
        ResolvedChat chat = session.resolve(new ChatRef.Username("telegate_news"));
        Instant end = START.plus(Duration.ofDays(1));

        HistoryPage all = session.history(chat, new HistoryQuery(Instant.EPOCH, end, 41, 11, 100));
        HistoryPage first = session.history(chat, new HistoryQuery(Instant.EPOCH, end, 41, 11, 5));

        assertThat(all.messages()).extracting(TelegramMessage::id).containsExactlyElementsOf(descending(40, 12));
        assertThat(all.hasMore()).isFalse();
        assertThat(first.messages()).extracting(TelegramMessage::id).containsExactly(40L, 39L, 38L, 37L, 36L);
        assertThat(first.hasMore()).isTrue();
    }

    @Test
    void aWindowWithoutMessagesGivesAnEmptyPage() {
        new FakeChannelHistory(CHANNEL).posts(1, 10, START.plus(Duration.ofDays(5)), 60).install(td);
        AccountSession session = connect("reader");
        ResolvedChat chat = session.resolve(new ChatRef.Username("telegate_news"));

        HistoryPage before = session.history(chat, new HistoryQuery(START, START.plus(Duration.ofDays(1)), 0, 0, 100));
        HistoryPage between = session.history(chat, new HistoryQuery(START.plus(Duration.ofDays(6)),
                START.plus(Duration.ofDays(7)), 0, 0, 100));

        assertThat(before).isEqualTo(new HistoryPage(List.of(), false));
        assertThat(between).isEqualTo(new HistoryPage(List.of(), false));
    }

    @Test
    void subscribedChatsGetTheirNewMessagesInOrderUntilTheSubscriptionCloses() {
        AccountSession session = connect("watcher");
        ResolvedChat chat = session.resolve(new ChatRef.Username("telegate_news"));
        Listener listener = new Listener();
        Subscription subscription = session.subscribe(chat, listener);
        int client = td.lastClientId();

        for (int id = 1; id <= 5; id++) {
            td.emit(client, newMessage(CHANNEL, id));
        }
        td.emit(client, newMessage(-1005555555555L, 99));
        Eventually.holds(() -> listener.messages.size() == 5, Duration.ofSeconds(5));
        subscription.close();
        td.emit(client, newMessage(CHANNEL, 6));

        assertThat(td.last("openChat").path("chat_id").asLong()).isEqualTo(CHANNEL);
        assertThat(td.methods()).contains("closeChat");
        assertThat(listener.messages).extracting(TelegramMessage::id).containsExactly(1L, 2L, 3L, 4L, 5L);
        assertThat(listener.overlapped).isFalse();
    }

    @Test
    void aSessionTdlibLogsOutTellsItsSubscriptionsAndFailsEveryCallAfterwards() {
        SessionDescriptor descriptor = session("revoked");
        AccountSession session = open(descriptor);
        ResolvedChat chat = session.resolve(new ChatRef.Username("telegate_news"));
        Listener listener = new Listener();
        opened.add(session.subscribe(chat, listener));

        td.emit(td.lastClientId(), Fixtures.load("state-logging-out.json"));

        Eventually.holds(() -> !listener.losses.isEmpty(), Duration.ofSeconds(5));
        assertThat(listener.losses).containsExactly(AccessLossReason.AUTH_KEY_UNREGISTERED);
        assertThatThrownBy(() -> session.history(chat, HistoryQuery.after(0, 10)))
                .isInstanceOfSatisfying(AccessLostException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccessLossReason.AUTH_KEY_UNREGISTERED));
        assertThatThrownBy(() -> accounts.connect(descriptor))
                .isInstanceOfSatisfying(AccessLostException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccessLossReason.AUTH_KEY_UNREGISTERED));
    }

    @Test
    void aRevokedSessionErrorFromTelegramLosesTheWholeSession() {
        td.on("getChatHistory", (client, request) -> Fixtures.load("error-session-revoked.json"));
        AccountSession session = connect("revoked");
        ResolvedChat chat = session.resolve(new ChatRef.Username("telegate_news"));
        Listener listener = new Listener();
        opened.add(session.subscribe(chat, listener));

        assertThatThrownBy(() -> session.history(chat, HistoryQuery.after(0, 10)))
                .isInstanceOfSatisfying(AccessLostException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccessLossReason.SESSION_REVOKED));

        Eventually.holds(() -> listener.losses.equals(List.of(AccessLossReason.SESSION_REVOKED)), Duration.ofSeconds(5));
        assertThatThrownBy(() -> session.resolve(new ChatRef.Username("telegate_news")))
                .isInstanceOf(AccessLostException.class);
    }

    @Test
    void aUserRemovedFromASupergroupLosesItAsKicked() {
        long group = -1009876543210L;
        td.on("getChat", (client, request) -> Fixtures.load("chat-channel.json").put("id", group)
                .set("type", TdObjects.object("chatTypeSupergroup").put("supergroup_id", 9876543210L)
                        .put("is_channel", false)));
        AccountSession session = connect("kicked");
        ResolvedChat chat = session.resolve(new ChatRef.NumericId(group));
        Listener listener = new Listener();
        opened.add(session.subscribe(chat, listener));

        td.emit(td.lastClientId(), Fixtures.load("update-supergroup-member.json"));
        td.emit(td.lastClientId(), Fixtures.load("update-supergroup-banned.json"));

        Eventually.holds(() -> !listener.losses.isEmpty(), Duration.ofSeconds(5));
        assertThat(listener.losses).containsExactly(AccessLossReason.KICKED);
        assertThatThrownBy(() -> session.history(chat, HistoryQuery.after(0, 10)))
                .isInstanceOfSatisfying(AccessLostException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccessLossReason.KICKED));
    }

    @Test
    void aFloodWaitIsReportedWithItsWaitAndTheNextRequestPasses() {
        AtomicInteger calls = new AtomicInteger();
        td.on("searchPublicChat", (client, request) -> calls.incrementAndGet() == 1
                ? Fixtures.load("error-too-many-requests.json") : Fixtures.load("chat-channel.json"));
        AccountSession session = connect("busy");

        assertThatThrownBy(() -> session.resolve(new ChatRef.Username("telegate_news")))
                .isInstanceOfSatisfying(FloodWaitException.class,
                        e -> assertThat(e.waitDuration()).isEqualTo(Duration.ofSeconds(17)));
        assertThat(session.resolve(new ChatRef.Username("telegate_news")).id()).isEqualTo(CHANNEL);
    }

    @Test
    void aSessionStringFromAnotherLibraryCannotConnectAndStartsNoClient() {
        SessionDescriptor telethon = new SessionDescriptor("migrated", "hash", "1BVtsOKABu2h3dJ0aGVsbG8gd29ybGQ=");

        assertThatThrownBy(() -> accounts.connect(telethon))
                .isInstanceOfSatisfying(AccessLostException.class, e -> {
                    assertThat(e.reason()).isEqualTo(AccessLossReason.AUTH_KEY_UNREGISTERED);
                    assertThat(e.getMessage()).contains("log the account in again").doesNotContain("1BVts");
                });
        assertThat(td.sent()).isEmpty();
    }

    @Test
    void aBinlogWithoutAuthorizationIsNotLoggedInAndItsClientIsClosed() {
        td.on("setTdlibParameters", (client, request) -> {
            td.emitState(client, TdAuthorizationStates.WAIT_PHONE);
            return FakeTdJson.ok();
        });
        SessionDescriptor descriptor = session("fresh");

        assertThatThrownBy(() -> accounts.connect(descriptor))
                .isInstanceOfSatisfying(AccessLostException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccessLossReason.AUTH_KEY_UNREGISTERED));
        assertThat(td.methods()).containsExactly("setTdlibParameters", "close");
        assertThat(databases.resolve("fresh")).doesNotExist();
    }

    @Test
    void aLoggedOutSessionIsLoggedOutAtTelegramNoLongerConnectsAndLeavesNoDatabase() {
        td.on("logOut", (client, request) -> {
            td.emitState(client, TdAuthorizationStates.LOGGING_OUT);
            return FakeTdJson.ok();
        });
        SessionDescriptor descriptor = session("leaving");

        accounts.logOut(descriptor);

        assertThat(td.methods()).containsExactly("setTdlibParameters", "logOut", "close");
        assertThat(databases.resolve("leaving")).doesNotExist();
        assertThatThrownBy(() -> accounts.connect(descriptor))
                .isInstanceOfSatisfying(AccessLostException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccessLossReason.AUTH_KEY_UNREGISTERED));
    }

    @Test
    void twoConnectionsOfOneSessionShareOneClientClosedWithTheLastHandle() {
        SessionDescriptor descriptor = session("shared");
        AccountSession first = accounts.connect(descriptor);
        AccountSession second = accounts.connect(descriptor);

        first.close();
        first.close();
        assertThat(td.methods()).doesNotContain("close");
        second.close();

        assertThat(td.methods()).containsExactly("setTdlibParameters", "close");
        assertThat(td.sent()).extracting(FakeTdJson.Sent::clientId).containsOnly(td.lastClientId());
        assertThat(first.sessionId()).isEqualTo("shared");
    }

    private AccountSession connect(String id) {
        return open(session(id));
    }

    private AccountSession open(SessionDescriptor descriptor) {
        AccountSession session = accounts.connect(descriptor);
        opened.add(session);
        return session;
    }

    /** A session string packed from a binlog, as a log-in exports it. */
    private SessionDescriptor session(String id) {
        try {
            Path source = Files.createTempDirectory(databases.getParent(), "binlog-");
            Files.write(source.resolve("td.binlog"), ("binlog of " + id).getBytes());
            String sessionString = TdSessionArchive.export(source);
            TdSessionFiles.deleteTree(source);
            return new SessionDescriptor(id, "a3406de8d171bb422bb6ddf3bbd800e2", sessionString);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static ObjectNode newMessage(long chatId, long id) {
        ObjectNode update = TdObjects.object("updateNewMessage");
        update.set("message", FakeChannelHistory.post(chatId, id, START.plusSeconds(id), "live " + id));
        return update;
    }

    private static List<Long> descending(long newest, long oldest) {
        List<Long> ids = new ArrayList<>();
        for (long id = newest; id >= oldest; id--) {
            ids.add(id);
        }
        return ids;
    }

    private static List<TelegramMessage> readAll(AccountSession session, ResolvedChat chat, HistoryQuery first) {
        List<TelegramMessage> all = new ArrayList<>();
        HistoryQuery query = first;
        while (true) {
            HistoryPage page = session.history(chat, query);
            assertThat(page.messages()).hasSizeLessThanOrEqualTo(first.limit());
            all.addAll(page.messages());
            if (!page.hasMore()) {
                return all;
            }
            query = query.next(page.oldestId());
        }
    }

    /** Records what a subscription delivers and whether two calls ever overlapped. */
    static final class Listener implements UpdateListener {
        final List<TelegramMessage> messages = new CopyOnWriteArrayList<>();
        final List<AccessLossReason> losses = new CopyOnWriteArrayList<>();
        private final AtomicInteger inside = new AtomicInteger();
        volatile boolean overlapped;

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

        private void enter() {
            if (inside.incrementAndGet() > 1) {
                overlapped = true;
            }
        }
    }
}
