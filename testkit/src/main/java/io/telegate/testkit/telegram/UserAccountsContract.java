package io.telegate.testkit.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

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
import io.telegate.ports.out.UserAccounts;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link UserAccounts} and {@link AccountSession}: resolving, history paging, live subscriptions,
 * and how lost access and flood waits surface. Every implementation extends it with its own fixture.
 */
public abstract class UserAccountsContract {

    private final List<AutoCloseable> opened = new ArrayList<>();

    protected abstract UserAccounts accounts();

    protected abstract TelegramFixture fixture();

    @AfterEach
    void closeWhatTheTestOpened() throws Exception {
        for (AutoCloseable closeable : opened) {
            closeable.close();
        }
    }

    @Test
    void resolvesAPublicChatByUsernameByIdAndByInviteLink() {
        long user = fixture().createUser("Reader");
        FixtureChat chat = fixture().createChat(ChatKind.SUPERGROUP, true, List.of(user));
        AccountSession session = connect(user);

        ResolvedChat byName = session.resolve(chat.usernameRef());

        assertThat(byName.id()).isEqualTo(chat.id());
        assertThat(byName.kind()).isEqualTo(ChatKind.SUPERGROUP);
        assertThat(byName.username()).isEqualTo(chat.username());
        assertThat(session.resolve(chat.idRef()).id()).isEqualTo(chat.id());
        assertThat(session.resolve(chat.inviteRef()).id()).isEqualTo(chat.id());
    }

    @Test
    void anUnknownUsernameOrInviteLinkIsUnavailable() {
        AccountSession session = connect(fixture().createUser("Reader"));

        assertThatThrownBy(() -> session.resolve(new ChatRef.Username("no_such_chat_" + suffix())))
                .isInstanceOf(ChatUnavailableException.class);
        assertThatThrownBy(() -> session.resolve(new ChatRef.InviteLink("https://t.me/+NoSuchInvite" + suffix())))
                .isInstanceOf(ChatUnavailableException.class);
    }

    @Test
    void historyPagesCoverTheWindowWithoutGapsOrDuplicates() {
        FixtureChat chat = fixture().createChat(ChatKind.CHANNEL, true, List.of());
        Instant start = fixture().now().minus(Duration.ofDays(30));
        List<TelegramMessage> posted = fixture().postHistory(chat.id(), 230, start, start.plus(Duration.ofDays(10)));
        AccountSession session = connect(fixture().createUser("Archiver"));
        ResolvedChat resolved = session.resolve(chat.usernameRef());
        Instant from = start.plus(Duration.ofDays(2));
        Instant until = start.plus(Duration.ofDays(8));

        List<TelegramMessage> read = readAll(session, resolved, new HistoryQuery(from, until, 0, 0, 17));

        List<Long> expected = posted.stream().filter(m -> !m.date().isBefore(from) && m.date().isBefore(until))
                .map(TelegramMessage::id).sorted((a, b) -> Long.compare(b, a)).toList();
        assertThat(expected).hasSizeGreaterThan(100);
        assertThat(read).extracting(TelegramMessage::id).containsExactlyElementsOf(expected);
        assertThat(read).allSatisfy(m -> assertThat(m.date()).isAfterOrEqualTo(from).isBefore(until));
        TelegramMessage sample = posted.stream().filter(m -> m.id() == expected.get(5)).findFirst().orElseThrow();
        assertThat(read.get(5).text()).isEqualTo(sample.text());
        assertThat(read.get(5).date()).isEqualTo(sample.date());
    }

    @Test
    void afterIdAndBeforeIdBoundThePage() {
        FixtureChat chat = fixture().createChat(ChatKind.SUPERGROUP, true, List.of());
        Instant start = fixture().now().minus(Duration.ofDays(3));
        List<TelegramMessage> posted = fixture().postHistory(chat.id(), 50, start, start.plus(Duration.ofDays(1)));
        AccountSession session = connect(fixture().createUser("Reader"));
        ResolvedChat resolved = session.resolve(chat.usernameRef());
        long afterId = posted.get(10).id();
        long beforeId = posted.get(40).id();

        HistoryPage all = session.history(resolved, new HistoryQuery(Instant.EPOCH, fixture().now().plusSeconds(1),
                beforeId, afterId, 100));
        HistoryPage first = session.history(resolved, new HistoryQuery(Instant.EPOCH, fixture().now().plusSeconds(1),
                beforeId, afterId, 5));

        assertThat(all.messages()).extracting(TelegramMessage::id)
                .containsExactlyElementsOf(posted.subList(11, 40).reversed().stream().map(TelegramMessage::id).toList());
        assertThat(all.hasMore()).isFalse();
        assertThat(first.messages()).extracting(TelegramMessage::id)
                .containsExactlyElementsOf(posted.subList(35, 40).reversed().stream().map(TelegramMessage::id).toList());
        assertThat(first.hasMore()).isTrue();
    }

    @Test
    void aWindowWithoutMessagesGivesAnEmptyPage() {
        FixtureChat chat = fixture().createChat(ChatKind.CHANNEL, true, List.of());
        Instant start = fixture().now().minus(Duration.ofDays(5));
        fixture().postHistory(chat.id(), 10, start, start.plus(Duration.ofDays(1)));
        AccountSession session = connect(fixture().createUser("Reader"));

        HistoryPage page = session.history(session.resolve(chat.usernameRef()),
                new HistoryQuery(start.plus(Duration.ofDays(2)), start.plus(Duration.ofDays(3)), 0, 0, 100));

        assertThat(page.messages()).isEmpty();
        assertThat(page.hasMore()).isFalse();
    }

    @Test
    void subscribeDeliversNewPostsInOrderUntilClosed() {
        long user = fixture().createUser("Watcher");
        FixtureChat chat = fixture().createChat(ChatKind.SUPERGROUP, true, List.of(user));
        AccountSession session = connect(user);
        ResolvedChat resolved = session.resolve(chat.usernameRef());
        RecordingListener listener = new RecordingListener();
        Subscription subscription = session.subscribe(resolved, listener);

        List<Long> posted = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            posted.add(fixture().post(chat.id(), user, "live " + i).id());
        }
        Eventually.holds("five live messages", () -> listener.messages.size() == 5);
        subscription.close();
        RecordingListener later = new RecordingListener();
        opened.add(session.subscribe(resolved, later));
        fixture().post(chat.id(), user, "after close");
        Eventually.holds("the message after close reaches a new subscription", () -> later.messages.size() == 1);

        assertThat(listener.ids()).containsExactlyElementsOf(posted);
        assertThat(listener.messages).extracting(TelegramMessage::text)
                .containsExactly("live 0", "live 1", "live 2", "live 3", "live 4");
        assertThat(listener.overlapped()).isFalse();
    }

    @Test
    void aRevokedSessionFailsWithAuthKeyUnregisteredAndTellsItsSubscriptions() {
        long user = fixture().createUser("Revoked");
        FixtureChat chat = fixture().createChat(ChatKind.SUPERGROUP, true, List.of(user));
        SessionDescriptor descriptor = fixture().createSession(user);
        AccountSession session = open(descriptor);
        ResolvedChat resolved = session.resolve(chat.usernameRef());
        RecordingListener listener = new RecordingListener();
        opened.add(session.subscribe(resolved, listener));

        fixture().revoke(descriptor);

        Eventually.holds("onAccessLost", () -> !listener.losses.isEmpty());
        assertThat(listener.losses).containsExactly(AccessLossReason.AUTH_KEY_UNREGISTERED);
        assertThatThrownBy(() -> session.history(resolved, HistoryQuery.after(0, 10)))
                .isInstanceOfSatisfying(AccessLostException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccessLossReason.AUTH_KEY_UNREGISTERED));
        assertThatThrownBy(() -> accounts().connect(descriptor))
                .isInstanceOfSatisfying(AccessLostException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccessLossReason.AUTH_KEY_UNREGISTERED));
    }

    @Test
    void anUnknownSessionCannotConnect() {
        SessionDescriptor unknown = new SessionDescriptor("unknown-" + suffix(), "0123456789abcdef", "not-a-session");

        assertThatThrownBy(() -> accounts().connect(unknown))
                .isInstanceOfSatisfying(AccessLostException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccessLossReason.AUTH_KEY_UNREGISTERED));
    }

    @Test
    void aFloodWaitIsReportedWithItsWaitAndThenPasses() {
        long user = fixture().createUser("Busy");
        FixtureChat chat = fixture().createChat(ChatKind.CHANNEL, true, List.of());
        SessionDescriptor descriptor = fixture().createSession(user);
        AccountSession session = open(descriptor);

        fixture().injectFloodWait(descriptor, Duration.ofSeconds(17), 1);

        assertThatThrownBy(() -> session.resolve(chat.usernameRef()))
                .isInstanceOfSatisfying(FloodWaitException.class,
                        e -> assertThat(e.waitDuration()).isEqualTo(Duration.ofSeconds(17)));
        assertThat(session.resolve(chat.usernameRef()).id()).isEqualTo(chat.id());
    }

    @Test
    void aPrivateChatIsReadableAfterJoiningByItsInviteLink() {
        FixtureChat chat = fixture().createChat(ChatKind.SUPERGROUP, false, List.of());
        TelegramMessage message = fixture().post(chat.id(), fixture().createUser("Author"), "members only");
        AccountSession session = connect(fixture().createUser("Newcomer"));
        ResolvedChat resolved = session.resolve(chat.inviteRef());

        assertThatThrownBy(() -> session.history(resolved, HistoryQuery.after(0, 10)))
                .isInstanceOfSatisfying(AccessLostException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccessLossReason.CHANNEL_PRIVATE));
        ResolvedChat joined = session.join(chat.inviteRef());
        assertThat(session.join(chat.inviteRef()).id()).isEqualTo(joined.id());

        assertThat(session.history(joined, HistoryQuery.after(0, 10)).messages())
                .extracting(TelegramMessage::id, TelegramMessage::text)
                .containsExactly(tuple(message.id(), "members only"));
    }

    @Test
    void aKickedUserLosesTheChat() {
        long user = fixture().createUser("Kicked");
        FixtureChat chat = fixture().createChat(ChatKind.SUPERGROUP, false, List.of(user));
        AccountSession session = connect(user);
        ResolvedChat resolved = session.resolve(chat.idRef());
        RecordingListener listener = new RecordingListener();
        opened.add(session.subscribe(resolved, listener));

        fixture().kick(chat.id(), user);

        Eventually.holds("onAccessLost", () -> !listener.losses.isEmpty());
        assertThat(listener.losses).containsExactly(AccessLossReason.KICKED);
        assertThatThrownBy(() -> session.history(resolved, HistoryQuery.after(0, 10)))
                .isInstanceOfSatisfying(AccessLostException.class,
                        e -> assertThat(e.reason()).isIn(AccessLossReason.KICKED, AccessLossReason.CHANNEL_PRIVATE));
    }

    private List<TelegramMessage> readAll(AccountSession session, ResolvedChat chat, HistoryQuery first) {
        List<TelegramMessage> all = new ArrayList<>();
        HistoryQuery query = first;
        while (true) {
            HistoryPage page = session.history(chat, query);
            assertThat(page.messages()).hasSizeLessThanOrEqualTo(first.limit());
            all.addAll(page.messages());
            if (!page.hasMore()) {
                return all;
            }
            assertThat(page.messages()).isNotEmpty();
            query = query.next(page.oldestId());
        }
    }

    private AccountSession connect(long userId) {
        return open(fixture().createSession(userId));
    }

    private AccountSession open(SessionDescriptor descriptor) {
        AccountSession session = accounts().connect(descriptor);
        opened.add(session);
        return session;
    }

    private static String suffix() {
        return UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    }
}
