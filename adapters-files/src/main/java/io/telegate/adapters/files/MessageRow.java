package io.telegate.adapters.files;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.telegate.ports.model.TelegramMessage;
import java.util.List;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One line of a day file: seed 002's message JSON, every key present in this order, absent values as null.
 */
@JsonInclude(JsonInclude.Include.ALWAYS)
@JsonPropertyOrder({"id", "date", "from_id", "chat", "text", "reply_to", "views", "forwards", "replies_count",
        "entities"})
record MessageRow(
        @JsonProperty("id") long id,
        @JsonProperty("date") String date,
        @JsonProperty("from_id") Long fromId,
        @JsonProperty("chat") String chat,
        @JsonProperty("text") String text,
        @JsonProperty("reply_to") Long replyTo,
        @JsonProperty("views") Integer views,
        @JsonProperty("forwards") Integer forwards,
        @JsonProperty("replies_count") Integer repliesCount,
        @JsonProperty("entities") List<EntityRow> entities) {

    static MessageRow of(TelegramMessage m) {
        return new MessageRow(m.id(), IsoSeconds.format(m.date()), boxed(m.fromId()), m.chat(), m.text(),
                boxed(m.replyTo()), boxed(m.views()), boxed(m.forwards()), boxed(m.repliesCount()),
                m.entities().isEmpty() ? List.of() : m.entities().stream().map(EntityRow::of).toList());
    }

    /** The message this row holds; a row without {@code chat} belongs to {@code dayChat}. */
    TelegramMessage toMessage(String dayChat) {
        if (date == null) {
            throw new IllegalArgumentException("message " + id + " has no date");
        }
        return new TelegramMessage(id, IsoSeconds.parse(date), optionalLong(fromId), chat == null ? dayChat : chat,
                text == null ? "" : text, optionalLong(replyTo), optionalInt(views), optionalInt(forwards),
                optionalInt(repliesCount),
                entities == null || entities.isEmpty() ? List.of() : entities.stream().map(EntityRow::toEntity).toList());
    }

    private static Long boxed(OptionalLong value) {
        return value.isPresent() ? value.getAsLong() : null;
    }

    private static Integer boxed(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }

    private static OptionalLong optionalLong(Long value) {
        return value == null ? OptionalLong.empty() : OptionalLong.of(value);
    }

    private static OptionalInt optionalInt(Integer value) {
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }
}
