package io.telegate.sandbox;

import io.telegate.ports.model.MessageEntity;
import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.out.BotApiException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * A bot's message text after entity parsing, checked the way the Bot API checks it (unknown parse mode, markup
 * that does not parse, empty or over-long text all fail with a 400 description).
 *
 * @param text     plain text
 * @param entities formatting entities, plus the URLs, mentions and hashtags Telegram finds by itself
 */
record FormattedText(String text, List<MessageEntity> entities) {

    FormattedText {
        entities = List.copyOf(entities);
    }

    static FormattedText parse(String raw, Optional<String> parseMode) {
        FormattedText parsed = switch (parseMode.map(String::strip).orElse("")) {
            case "" -> new FormattedText(raw, List.of());
            case "HTML", "html" -> HtmlFormat.parse(raw);
            case "MarkdownV2", "markdownv2" -> MarkdownFormat.parse(raw, true);
            case "Markdown", "markdown" -> MarkdownFormat.parse(raw, false);
            default -> throw badRequest("unsupported parse_mode");
        };
        if (parsed.text().isBlank()) {
            throw badRequest("message text is empty");
        }
        if (parsed.text().length() > OutgoingMessage.MAX_TEXT_LENGTH) {
            throw badRequest("message is too long");
        }
        return parsed.withDetected();
    }

    static BotApiException badRequest(String reason) {
        return new BotApiException(new BotApiError.BadRequest("Bad Request: " + reason));
    }

    static BotApiException cannotParse(String reason) {
        return badRequest("can't parse entities: " + reason);
    }

    private FormattedText withDetected() {
        List<MessageEntity> all = new ArrayList<>(entities);
        for (MessageEntity found : EntityScanner.scan(text)) {
            if (entities.stream().noneMatch(e -> overlaps(e, found))) {
                all.add(found);
            }
        }
        all.sort(Comparator.comparingInt(MessageEntity::offset).thenComparing(e -> -e.length()));
        return new FormattedText(text, all);
    }

    private static boolean overlaps(MessageEntity a, MessageEntity b) {
        return a.offset() < b.offset() + b.length() && b.offset() < a.offset() + a.length()
                && (a.type().equals("code") || a.type().equals("pre") || a.type().equals("text_link"));
    }
}
