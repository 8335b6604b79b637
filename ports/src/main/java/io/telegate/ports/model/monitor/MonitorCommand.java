package io.telegate.ports.model.monitor;

import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.SessionDescriptor;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The commands of seed 000 that drive live chat monitoring (wire discriminator: the {@code command} field).
 *
 * <p>Every command may carry a {@code command_id} chosen by the sender; events caused by it echo it back.
 */
public sealed interface MonitorCommand {

    /** The sender's correlation id, when it sent one. */
    Optional<String> commandId();

    /** The chat the command is about. */
    ChatRef chatId();

    /** {@code start_monitoring_chat}: watch a chat through a primary session, with backups to fail over to. */
    record StartMonitoringChat(Optional<String> commandId, ChatRef chatId, SessionDescriptor primarySession,
                               List<SessionDescriptor> backupSessionsPool) implements MonitorCommand {
        public StartMonitoringChat {
            Objects.requireNonNull(commandId, "command_id");
            Objects.requireNonNull(chatId, "chat_id");
            Objects.requireNonNull(primarySession, "primary_session");
            backupSessionsPool = List.copyOf(backupSessionsPool);
        }
    }

    /** {@code stop_monitoring_chat}: stop watching a chat. */
    record StopMonitoringChat(Optional<String> commandId, ChatRef chatId) implements MonitorCommand {
        public StopMonitoringChat {
            Objects.requireNonNull(commandId, "command_id");
            Objects.requireNonNull(chatId, "chat_id");
        }
    }

    /** {@code join_chat}: make a session join a chat (public username or invite link). */
    record JoinChat(Optional<String> commandId, ChatRef chatId, SessionDescriptor session) implements MonitorCommand {
        public JoinChat {
            Objects.requireNonNull(commandId, "command_id");
            Objects.requireNonNull(chatId, "chat_id");
            Objects.requireNonNull(session, "session");
        }
    }

    /** {@code switch_monitoring_source}: replace the primary session and the backup pool of a monitored chat. */
    record SwitchMonitoringSource(Optional<String> commandId, ChatRef chatId, SessionDescriptor newPrimarySession,
                                  List<SessionDescriptor> backupSessionsPool) implements MonitorCommand {
        public SwitchMonitoringSource {
            Objects.requireNonNull(commandId, "command_id");
            Objects.requireNonNull(chatId, "chat_id");
            Objects.requireNonNull(newPrimarySession, "new_primary_session");
            backupSessionsPool = List.copyOf(backupSessionsPool);
        }
    }
}
