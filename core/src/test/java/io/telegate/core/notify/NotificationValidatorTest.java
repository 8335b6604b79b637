package io.telegate.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.telegate.ports.in.InvalidRequestException;
import io.telegate.ports.model.FieldError;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.InlineButton;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.notify.NotificationRequest;
import io.telegate.ports.model.notify.Priority;
import io.telegate.testkit.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class NotificationValidatorTest {

    private static final Instant NOW = Instant.parse("2025-11-10T12:00:00Z");

    private final BotDirectory bots = new BotDirectory(Map.of("alerts", new BotToken("7000000001:secretpart"),
            "billing", new BotToken("7000000002:othersecret")), "alerts");
    private final NotificationValidator validator = new NotificationValidator(bots,
            new NotificationRules(10_000, Duration.ofHours(1)), new MutableClock(NOW));

    @Test
    void aWellFormedRequestPasses() {
        List<List<InlineButton>> keyboard = List.of(List.of(InlineButton.link("Open", "https://example.com/b/1432"),
                InlineButton.callback("Ack", "ack:1432")));
        OutgoingMessage message = new OutgoingMessage("-1001234567890", "<b>Build</b> green", Optional.of("HTML"),
                keyboard, true, OptionalLong.of(5));

        assertThatCode(() -> validator.validate(request(message, Optional.of(NOW.minusSeconds(60)),
                Optional.of("billing"), Optional.of("order-42")))).doesNotThrowAnyException();
    }

    @Test
    void chatIdsMayBeNumericOrAChannelUsername() {
        for (String chat : List.of("12345", "-4001", "-1001234567890", "@alerts_channel")) {
            assertThat(validator.errors(plain(chat, "hi"), true)).as(chat).isEmpty();
        }
        for (String chat : List.of("", "0", "abc", "@ab", "12a", "@has space", "-0")) {
            assertThat(validator.errors(plain(chat, "hi"), true)).as(chat).extracting(FieldError::field)
                    .containsExactly("chat_id");
        }
    }

    @Test
    void aTextLongerThanOneMessageIsFineUpToTheConfiguredMaximum() {
        assertThat(validator.errors(plain("42", "x".repeat(10_000)), true)).isEmpty();
        assertThat(validator.errors(plain("42", "x".repeat(10_001)), true)).extracting(FieldError::field)
                .containsExactly("text");
        assertThat(validator.errors(plain("42", " \n "), true)).extracting(FieldError::field).containsExactly("text");
    }

    @Test
    void everyBrokenFieldIsReportedAtOnce() {
        List<List<InlineButton>> keyboard = List.of(List.of(InlineButton.link(" ", "ftp://example.com"),
                InlineButton.callback("Ack", "x".repeat(65))), List.of());
        OutgoingMessage message = new OutgoingMessage("nope", "", Optional.of("html"), keyboard, false,
                OptionalLong.of(0));
        NotificationRequest request = new NotificationRequest(" ", message, Optional.of(NOW.minus(Duration.ofHours(2))),
                Priority.HIGH, Optional.of("marketing"), Optional.of(""));

        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> validator.validate(request));

        assertThat(e.errors()).extracting(FieldError::field).containsExactly("tenant", "chat_id", "text",
                "parse_mode", "keyboard[0][0].text", "keyboard[0][0].url", "keyboard[0][1].callback_data",
                "keyboard[1]", "reply_to", "send_at", "bot", "idempotency_key");
        assertThat(e.errors()).contains(new FieldError("parse_mode", "must be one of HTML, MarkdownV2, Markdown"),
                new FieldError("bot", "no bot named 'marketing' is configured"),
                new FieldError("send_at", "must not lie more than 60 minutes in the past"));
    }

    @Test
    void aKeyboardRowHoldsAtMostEightButtons() {
        List<InlineButton> row = IntStream.range(0, 9)
                .mapToObj(i -> InlineButton.callback("b" + i, "d" + i)).toList();
        OutgoingMessage message = new OutgoingMessage("42", "hi", Optional.empty(), List.of(row), false,
                OptionalLong.empty());

        assertThat(validator.errors(request(message, Optional.empty(), Optional.empty(), Optional.empty()), true))
                .containsExactly(new FieldError("keyboard[0]", "must hold 1 to 8 buttons"));
    }

    @Test
    void aSendTimeInThePastIsCheckedOnlyWhenAsked() {
        NotificationRequest old = request(OutgoingMessage.plain("42", "hi"), Optional.of(NOW.minus(Duration.ofDays(1))),
                Optional.empty(), Optional.empty());

        assertThat(validator.errors(old, true)).extracting(FieldError::field).containsExactly("send_at");
        assertThat(validator.errors(old, false)).isEmpty();
    }

    @Test
    void theExceptionSummarisesTheFieldsWithoutValues() {
        InvalidRequestException e = catchThrowableOfType(InvalidRequestException.class,
                () -> validator.validate(plain("nope", "")));

        assertThat(e).hasMessage("invalid request: chat_id must be a non-zero numeric chat id or a channel's "
                + "@username; text must be 1 to 10000 characters, not only spaces");
    }

    private static NotificationRequest plain(String chat, String text) {
        return request(OutgoingMessage.plain(chat, text), Optional.empty(), Optional.empty(), Optional.empty());
    }

    private static NotificationRequest request(OutgoingMessage message, Optional<Instant> sendAt, Optional<String> bot,
                                               Optional<String> key) {
        return new NotificationRequest("acme", message, sendAt, Priority.NORMAL, bot, key);
    }
}
