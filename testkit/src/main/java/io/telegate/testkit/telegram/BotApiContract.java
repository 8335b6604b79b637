package io.telegate.testkit.telegram;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.BotProfile;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.InlineButton;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.bot.SentMessage;
import io.telegate.ports.out.BotApi;
import io.telegate.ports.out.BotApiException;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.Test;

/**
 * The contract of {@link BotApi}: results, the closed set of errors, and Telegram's documented rate limits
 * (30 messages per second, 1 per second per private chat, 20 per minute per group). Every implementation extends it.
 */
public abstract class BotApiContract {

    protected abstract BotApi botApi();

    protected abstract TelegramFixture fixture();

    @Test
    void getMeDescribesTheBotBehindTheToken() {
        BotToken token = fixture().createBot("contract");

        BotProfile me = botApi().getMe(token);

        assertThat(me.id()).isEqualTo(token.botId());
        assertThat(me.username()).startsWith("contract");
    }

    @Test
    void sentMessagesGetIncreasingIdsAndAreRecorded() {
        BotToken token = fixture().createBot("sender");
        long user = fixture().createUser("Recipient");

        SentMessage first = botApi().sendMessage(token, OutgoingMessage.plain(Long.toString(user), "first"));
        fixture().advanceTime(Duration.ofSeconds(1));
        SentMessage second = botApi().sendMessage(token, OutgoingMessage.plain(Long.toString(user), "second"));

        assertThat(first.chatId()).isEqualTo(user);
        assertThat(second.messageId()).isGreaterThan(first.messageId());
        assertThat(fixture().sentBy(token)).containsExactly(new RecordedBotMessage(user, first.messageId(), "first"),
                new RecordedBotMessage(user, second.messageId(), "second"));
    }

    @Test
    void anUnknownChatIsChatNotFound() {
        BotToken token = fixture().createBot("lost");

        assertError(() -> send(token, fixture().missingChatId(), "hello?"),
                error -> assertThat(error).isInstanceOf(BotApiError.ChatNotFound.class));
    }

    @Test
    void aBlockedBotIsForbidden() {
        BotToken token = fixture().createBot("blocked");
        long user = fixture().createUser("Annoyed");
        fixture().blockBot(token, user);

        assertError(() -> send(token, user, "still there?"),
                error -> assertThat(error).isInstanceOf(BotApiError.Forbidden.class));
    }

    @Test
    void aMigratedGroupAnswersWithItsNewId() {
        BotToken token = fixture().createBot("migrant");
        FixtureChat group = fixture().createChat(ChatKind.GROUP, false, List.of());
        fixture().addBotToChat(token, group.id());
        long supergroup = fixture().migrateToSupergroup(group.id());

        assertError(() -> send(token, group.id(), "hello group"), error -> assertThat(error)
                .isInstanceOfSatisfying(BotApiError.ChatMigrated.class,
                        migrated -> assertThat(migrated.newChatId()).isEqualTo(supergroup)));
        assertThat(send(token, supergroup, "hello supergroup").chatId()).isEqualTo(supergroup);
    }

    @Test
    void emptyAndTooLongTextsAreBadRequests() {
        BotToken token = fixture().createBot("verbose");
        long user = fixture().createUser("Reader");

        assertError(() -> send(token, user, ""), error -> assertThat(error).isInstanceOf(BotApiError.BadRequest.class));
        assertError(() -> send(token, user, "x".repeat(OutgoingMessage.MAX_TEXT_LENGTH + 1)),
                error -> assertThat(error).isInstanceOf(BotApiError.BadRequest.class));
        assertThat(send(token, user, "x".repeat(OutgoingMessage.MAX_TEXT_LENGTH)).chatId()).isEqualTo(user);
    }

    @Test
    void anUnknownTokenIsUnauthorizedAndNeverShown() {
        BotToken token = fixture().createBot("real");
        BotToken wrong = new BotToken(token.botId() + ":WrongSecretWrongSecretWrongSecret123");

        assertThatThrownBy(() -> botApi().getMe(wrong))
                .isInstanceOfSatisfying(BotApiException.class, e -> {
                    assertThat(e.error()).isInstanceOf(BotApiError.Unauthorized.class);
                    assertThat(e.getMessage()).doesNotContain("WrongSecret");
                });
    }

    @Test
    void theThirtyFirstMessageInOneSecondMustWait() {
        BotToken token = fixture().createBot("broadcaster");
        List<Long> users = IntStream.range(0, 31)
                .mapToObj(i -> fixture().createUser("Subscriber" + i)).toList();
        users.subList(0, 30).forEach(user -> send(token, user, "news"));

        Duration wait = retryAfter(() -> send(token, users.get(30), "news"));

        assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        fixture().advanceTime(wait);
        assertThat(send(token, users.get(30), "news").chatId()).isEqualTo(users.get(30));
    }

    @Test
    void aSecondMessageToOnePrivateChatInOneSecondMustWait() {
        BotToken token = fixture().createBot("chatty");
        long user = fixture().createUser("Patient");
        send(token, user, "one");

        Duration wait = retryAfter(() -> send(token, user, "two"));

        assertThat(wait).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        fixture().advanceTime(wait);
        assertThat(send(token, user, "two").chatId()).isEqualTo(user);
    }

    @Test
    void aGroupTakesTwentyMessagesPerMinute() {
        BotToken token = fixture().createBot("announcer");
        FixtureChat group = fixture().createChat(ChatKind.SUPERGROUP, false, List.of());
        fixture().addBotToChat(token, group.id());
        for (int i = 0; i < 20; i++) {
            send(token, group.id(), "announcement " + i);
            fixture().advanceTime(Duration.ofSeconds(1));
        }

        Duration wait = retryAfter(() -> send(token, group.id(), "one too many"));

        assertThat(wait).isBetween(Duration.ofSeconds(1), Duration.ofSeconds(60));
        fixture().advanceTime(wait);
        assertThat(send(token, group.id(), "one too many").chatId()).isEqualTo(group.id());
    }

    @Test
    void editingReplacesTheTextAndAnUnknownMessageIsABadRequest() {
        BotToken token = fixture().createBot("editor");
        long user = fixture().createUser("Reader");
        SentMessage sent = send(token, user, "draft");

        SentMessage edited = botApi().editMessageText(token, user, sent.messageId(),
                OutgoingMessage.plain(Long.toString(user), "final"));

        assertThat(edited.messageId()).isEqualTo(sent.messageId());
        assertThat(fixture().sentBy(token)).containsExactly(new RecordedBotMessage(user, sent.messageId(), "final"));
        assertError(() -> botApi().editMessageText(token, user, sent.messageId() + 100,
                        OutgoingMessage.plain(Long.toString(user), "nothing there")),
                error -> assertThat(error).isInstanceOf(BotApiError.BadRequest.class));
    }

    @Test
    void aPressedButtonIsAnsweredOnce() {
        BotToken token = fixture().createBot("buttons");
        long user = fixture().createUser("Clicker");
        SentMessage question = botApi().sendMessage(token, new OutgoingMessage(Long.toString(user), "Agree?",
                Optional.empty(), List.of(List.of(InlineButton.callback("Yes", "yes"))), false, OptionalLong.empty()));
        String queryId = fixture().pressButton(token, user, question.messageId(), "yes");

        botApi().answerCallbackQuery(token, queryId, "Thanks!");

        assertError(() -> botApi().answerCallbackQuery(token, queryId, "again"),
                error -> assertThat(error).isInstanceOf(BotApiError.BadRequest.class));
    }

    private SentMessage send(BotToken token, long chatId, String text) {
        return botApi().sendMessage(token, OutgoingMessage.plain(Long.toString(chatId), text));
    }

    private static Duration retryAfter(ThrowingCallable call) {
        Duration[] wait = new Duration[1];
        assertError(call, error -> {
            assertThat(error).isInstanceOf(BotApiError.RetryAfter.class);
            wait[0] = ((BotApiError.RetryAfter) error).retryAfter();
        });
        return wait[0];
    }

    private static void assertError(ThrowingCallable call, Consumer<BotApiError> check) {
        assertThatThrownBy(call).isInstanceOfSatisfying(BotApiException.class, e -> check.accept(e.error()));
    }
}
