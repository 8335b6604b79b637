package io.telegate.core.notify;

import io.telegate.ports.in.InvalidRequestException;
import io.telegate.ports.model.FieldError;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.notify.NotificationRequest;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Checks a notification request as a whole and reports every broken rule at once: the tenant, the chat id (a
 * non-zero numeric id or a channel's {@code @username}), the text length, the parse mode, the keyboard, the reply,
 * the send time, the bot and the idempotency key.
 */
public final class NotificationValidator {

    static final Set<String> PARSE_MODES = Set.of("HTML", "MarkdownV2", "Markdown");
    private static final Pattern NUMERIC_CHAT = Pattern.compile("-?[1-9]\\d{0,18}");
    private static final Pattern CHANNEL_NAME = Pattern.compile("@[A-Za-z][A-Za-z0-9_]{4,31}");
    private static final int MAX_KEY_LENGTH = 128;

    private final BotDirectory bots;
    private final NotificationRules rules;
    private final Clock clock;

    public NotificationValidator(BotDirectory bots, NotificationRules rules, Clock clock) {
        this.bots = bots;
        this.rules = rules;
        this.clock = clock;
    }

    /** Throws {@link InvalidRequestException} naming every invalid field of a new request. */
    public void validate(NotificationRequest request) {
        failOn(errors(request, true));
    }

    /** As {@link #validate}, except for a send time the change keeps (a pending task's may lie in the past). */
    void validateChanged(NotificationRequest request, boolean sendAtChanged) {
        failOn(errors(request, sendAtChanged));
    }

    List<FieldError> errors(NotificationRequest request, boolean checkSendAt) {
        List<FieldError> errors = new ArrayList<>();
        if (request.tenant().isBlank()) {
            errors.add(new FieldError("tenant", "must not be blank"));
        }
        OutgoingMessage message = request.message();
        if (!NUMERIC_CHAT.matcher(message.chatId()).matches() && !CHANNEL_NAME.matcher(message.chatId()).matches()) {
            errors.add(new FieldError("chat_id", "must be a non-zero numeric chat id or a channel's @username"));
        }
        if (message.text().isBlank() || message.text().length() > rules.maxTextLength()) {
            errors.add(new FieldError("text", "must be 1 to " + rules.maxTextLength() + " characters, not only spaces"));
        }
        message.parseMode().filter(mode -> !PARSE_MODES.contains(mode)).ifPresent(mode ->
                errors.add(new FieldError("parse_mode", "must be one of HTML, MarkdownV2, Markdown")));
        errors.addAll(KeyboardRules.errors(message.keyboard()));
        if (message.replyTo().isPresent() && message.replyTo().getAsLong() < 1) {
            errors.add(new FieldError("reply_to", "must be a positive message id"));
        }
        Instant earliest = clock.instant().minus(rules.sendAtTolerance());
        if (checkSendAt && request.sendAt().filter(at -> at.isBefore(earliest)).isPresent()) {
            errors.add(new FieldError("send_at", "must not lie more than " + rules.sendAtTolerance().toMinutes()
                    + " minutes in the past"));
        }
        if (bots.token(request.bot()).isEmpty()) {
            errors.add(new FieldError("bot", "no bot named '" + bots.nameOf(request.bot()) + "' is configured"));
        }
        request.idempotencyKey().filter(key -> key.isBlank() || key.length() > MAX_KEY_LENGTH).ifPresent(key ->
                errors.add(new FieldError("idempotency_key", "must be 1 to " + MAX_KEY_LENGTH + " characters")));
        return errors;
    }

    private static void failOn(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
    }
}
