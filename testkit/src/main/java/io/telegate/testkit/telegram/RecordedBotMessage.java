package io.telegate.testkit.telegram;

import java.util.Objects;

/** What a bot sent, as the Telegram side recorded it (the latest text when edited). */
public record RecordedBotMessage(long chatId, long messageId, String text) {

    public RecordedBotMessage {
        Objects.requireNonNull(text, "text");
    }
}
