package io.telegate.ports.model;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;

/**
 * One message of a chat, with the fields of seed 002's message JSON.
 *
 * @param id           message id, unique and increasing within its chat
 * @param date         when it was sent
 * @param fromId       the sender's user or chat id, when Telegram reveals it
 * @param chat         the chat as the caller named it ({@code @ru_python} or a numeric id)
 * @param text         text or caption; empty for media without caption
 * @param replyTo      the id of the message this one answers
 * @param views        view counter (channels)
 * @param forwards     forward counter (channels)
 * @param repliesCount number of replies in the discussion thread
 * @param entities     formatting entities of {@code text}
 */
public record TelegramMessage(
        long id,
        Instant date,
        OptionalLong fromId,
        String chat,
        String text,
        OptionalLong replyTo,
        OptionalInt views,
        OptionalInt forwards,
        OptionalInt repliesCount,
        List<MessageEntity> entities) {

    public TelegramMessage {
        if (id <= 0) {
            throw new IllegalArgumentException("message id must be positive, was " + id);
        }
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(fromId, "from_id");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(replyTo, "reply_to");
        Objects.requireNonNull(views, "views");
        Objects.requireNonNull(forwards, "forwards");
        Objects.requireNonNull(repliesCount, "replies_count");
        entities = List.copyOf(entities);
    }

    /** A plain text message with no counters and no entities. */
    public static TelegramMessage text(long id, Instant date, long fromId, String chat, String text) {
        return new TelegramMessage(id, date, OptionalLong.of(fromId), chat, text, OptionalLong.empty(),
                OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), List.of());
    }

    /** This message as seen under another chat name (the same message reached through an alias). */
    public TelegramMessage inChat(String otherChat) {
        return new TelegramMessage(id, date, fromId, otherChat, text, replyTo, views, forwards, repliesCount, entities);
    }

    /** The first entity of the given type, if any. */
    public Optional<MessageEntity> entity(String type) {
        return entities.stream().filter(e -> e.type().equals(type)).findFirst();
    }
}
