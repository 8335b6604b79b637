package io.telegate.ports.model.monitor;

import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.MessageEntity;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * The events of seed 000 and the ones Telegate adds (wire discriminator: the {@code event} field).
 */
public sealed interface MonitorEvent {

    /** {@code incoming_telegram_message}: a message seen in a monitored chat, published once per chat and id. */
    record IncomingTelegramMessage(ChatRef chatId, long messageId, Instant date, String text,
                                   MessageMetadata metadata) implements MonitorEvent {
        public IncomingTelegramMessage {
            Objects.requireNonNull(chatId, "chat_id");
            Objects.requireNonNull(date, "date");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(metadata, "metadata");
        }
    }

    /**
     * The {@code metadata} object of an incoming message.
     *
     * @param sessionId the session that read the message
     * @param sequence  per-chat sequence number, starting at 1 and increasing by one per published message
     * @param fromId    the sender, when known
     * @param replyTo   the message it answers, when any
     * @param gapFill   true when the message was fetched from history to fill a gap, not received live
     * @param entities  formatting entities of the text
     */
    record MessageMetadata(String sessionId, long sequence, OptionalLong fromId, OptionalLong replyTo,
                           boolean gapFill, List<MessageEntity> entities) {
        public MessageMetadata {
            Objects.requireNonNull(sessionId, "session_id");
            Objects.requireNonNull(fromId, "from_id");
            Objects.requireNonNull(replyTo, "reply_to");
            entities = List.copyOf(entities);
        }
    }

    /** {@code access_lost}: a session can no longer read a chat; {@code reason} is an {@code AccessLossReason} name. */
    record AccessLost(ChatRef chatId, String sessionId, String reason) implements MonitorEvent {
        public AccessLost {
            Objects.requireNonNull(chatId, "chat_id");
            Objects.requireNonNull(sessionId, "session_id");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** {@code monitoring_stopped}: no session of the pool can read the chat any more, or it was stopped. */
    record MonitoringStopped(ChatRef chatId, String reason) implements MonitorEvent {
        public MonitoringStopped {
            Objects.requireNonNull(chatId, "chat_id");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** {@code command_rejected}: a command could not be parsed or executed; it was dead-lettered. */
    record CommandRejected(Optional<String> commandId, String reason) implements MonitorEvent {
        public CommandRejected {
            Objects.requireNonNull(commandId, "command_id");
            Objects.requireNonNull(reason, "reason");
        }
    }

    /** {@code gap_filled}: messages missed while no session listened were fetched from history and published. */
    record GapFilled(ChatRef chatId, long fromMessageId, long toMessageId, int count) implements MonitorEvent {
        public GapFilled {
            Objects.requireNonNull(chatId, "chat_id");
        }
    }
}
