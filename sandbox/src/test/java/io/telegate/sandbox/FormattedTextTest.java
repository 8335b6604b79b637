package io.telegate.sandbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.telegate.ports.model.MessageEntity;
import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.out.BotApiException;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FormattedTextTest {

    @Test
    void htmlTagsBecomeEntitiesOverThePlainText() {
        FormattedText text = FormattedText.parse("<b>Hi</b> <a href=\"https://t.me\">there</a> &lt;3",
                Optional.of("HTML"));

        assertThat(text.text()).isEqualTo("Hi there <3");
        assertThat(text.entities()).containsExactly(new MessageEntity("bold", 0, 2),
                new MessageEntity("text_link", 3, 5, Optional.of("https://t.me")));
    }

    @Test
    void markdownV2DemandsEscapedReservedCharacters() {
        FormattedText text = FormattedText.parse("*bold* and __under__ done\\.", Optional.of("MarkdownV2"));

        assertThat(text.text()).isEqualTo("bold and under done.");
        assertThat(text.entities()).containsExactly(new MessageEntity("bold", 0, 4),
                new MessageEntity("underline", 9, 5));
        assertBadRequest("Done.", "MarkdownV2", "Character '.' is reserved");
    }

    @Test
    void legacyMarkdownKnowsLinksAndCode() {
        FormattedText text = FormattedText.parse("see [docs](https://example.org) or `code`.", Optional.of("Markdown"));

        assertThat(text.text()).isEqualTo("see docs or code.");
        assertThat(text.entities()).extracting(MessageEntity::type).containsExactly("text_link", "code");
    }

    @Test
    void brokenMarkupAndUnknownModesAreBadRequests() {
        assertBadRequest("<b>open", "HTML", "can't parse entities");
        assertBadRequest("<blink>x</blink>", "HTML", "unsupported start tag");
        assertBadRequest("*open", "MarkdownV2", "can't parse entities");
        assertBadRequest("text", "RTF", "unsupported parse_mode");
        assertBadRequest("<b></b>", "HTML", "message text is empty");
    }

    @Test
    void plainTextGetsTheEntitiesTelegramDetects() {
        FormattedText text = FormattedText.parse("/start ask @telegate_demo at https://example.org #help",
                Optional.empty());

        assertThat(text.entities()).extracting(MessageEntity::type)
                .containsExactly("bot_command", "mention", "url", "hashtag");
    }

    private static void assertBadRequest(String raw, String mode, String reason) {
        assertThatThrownBy(() -> FormattedText.parse(raw, Optional.of(mode)))
                .isInstanceOfSatisfying(BotApiException.class, e -> {
                    assertThat(e.error()).isInstanceOf(BotApiError.BadRequest.class);
                    assertThat(e.error().description()).contains(reason);
                });
    }
}
