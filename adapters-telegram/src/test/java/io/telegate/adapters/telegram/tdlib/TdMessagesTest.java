package io.telegate.adapters.telegram.tdlib;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.MessageEntity;
import io.telegate.ports.model.TelegramMessage;
import java.time.Instant;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Recorded {@code updateNewMessage} objects mapped to seed 002's message fields. */
class TdMessagesTest {

    @Test
    void aChannelPostMapsIdDateSenderCountersAndEntitiesWithUtf16OffsetsAfterAnEmoji() {
        TelegramMessage message = map("update-new-message-channel-post.json", "@telegate_news");

        assertThat(message.id()).isEqualTo(4242);
        assertThat(message.date()).isEqualTo(Instant.parse("2025-01-01T00:00:00Z"));
        assertThat(message.fromId()).isEqualTo(OptionalLong.of(-1001234567890L));
        assertThat(message.chat()).isEqualTo("@telegate_news");
        assertThat(message.views()).isEqualTo(OptionalInt.of(15321));
        assertThat(message.forwards()).isEqualTo(OptionalInt.of(27));
        assertThat(message.repliesCount()).isEqualTo(OptionalInt.of(8));
        assertThat(message.replyTo()).isEmpty();
        assertThat(message.entities()).containsExactly(
                new MessageEntity("bold", 0, 9),
                new MessageEntity("url", 20, 25),
                new MessageEntity("mention", 62, 14),
                new MessageEntity("hashtag", 79, 8),
                new MessageEntity("text_link", 89, 16, Optional.of("https://t.me/telegate_news/42")));
        assertThat(message.entities()).extracting(e -> message.text().substring(e.offset(), e.offset() + e.length()))
                .containsExactly("Релиз 2.0", "https://example.org/notes", "@telegate_news", "#release",
                        "Читать полностью");
    }

    @Test
    void aPhotoCaptionIsTheTextAndTheRepliedMessageIdIsTelegrams() {
        TelegramMessage message = map("update-new-message-photo-reply.json", "-1009876543210");

        assertThat(message.id()).isEqualTo(1501);
        assertThat(message.text()).isEqualTo("Схема 👇 смотрите `config.yml`");
        assertThat(message.fromId()).isEqualTo(OptionalLong.of(5550001));
        assertThat(message.replyTo()).isEqualTo(OptionalLong.of(1499));
        assertThat(message.views()).isEmpty();
        assertThat(message.repliesCount()).isEmpty();
        assertThat(message.entity("code")).hasValueSatisfying(code -> assertThat(
                message.text().substring(code.offset(), code.offset() + code.length())).isEqualTo("config.yml"));
    }

    @Test
    void mediaWithoutCaptionHasEmptyText() {
        TelegramMessage message = map("update-new-message-sticker.json", "-4001234567");

        assertThat(message.id()).isEqualTo(77);
        assertThat(message.text()).isEmpty();
        assertThat(message.entities()).isEmpty();
    }

    @Test
    void mentionsOfUsersWithoutUsernameAndCodeBlocksGetTheBotApiNames() {
        TelegramMessage message = map("update-new-message-mention-name.json", "-4001234567");

        assertThat(message.entities()).extracting(MessageEntity::type).containsExactly("text_mention", "pre");
    }

    @Test
    void aMessageNotYetOnTheServerIsNotMapped() {
        assertThat(TdMessages.of(Fixtures.load("update-new-message-pending.json").path("message"), "x")).isEmpty();
    }

    @Test
    void entityTypesBecomeSnakeCaseWithTheBotApiSpellings() {
        assertThat(TdEntities.name("textEntityTypeBotCommand")).isEqualTo("bot_command");
        assertThat(TdEntities.name("textEntityTypePhoneNumber")).isEqualTo("phone_number");
        assertThat(TdEntities.name("textEntityTypeEmailAddress")).isEqualTo("email");
        assertThat(TdEntities.name("textEntityTypeTextUrl")).isEqualTo("text_link");
        assertThat(TdEntities.name("textEntityTypeBlockQuote")).isEqualTo("blockquote");
        assertThat(TdEntities.name("textEntityTypeCustomEmoji")).isEqualTo("custom_emoji");
        assertThat(TdEntities.name("textEntityTypeStrikethrough")).isEqualTo("strikethrough");
    }

    @Test
    void messageIdsShiftByTwentyBitsBothWays() {
        assertThat(TdMessageIds.toTdlib(4242)).isEqualTo(4448059392L);
        assertThat(TdMessageIds.toTelegram(4448059392L)).isEqualTo(4242);
        assertThat(TdMessageIds.isServer(4448059392L + 1)).isFalse();
        assertThat(TdMessageIds.isServer(0)).isFalse();
    }

    private static TelegramMessage map(String fixture, String chat) {
        return TdMessages.of(Fixtures.load(fixture).path("message"), chat).orElseThrow();
    }
}
