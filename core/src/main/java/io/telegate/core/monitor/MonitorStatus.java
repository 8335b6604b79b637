package io.telegate.core.monitor;

import java.util.List;
import java.util.Objects;

/**
 * What this monitor process is doing: the chats it owns and the sessions it knows.
 *
 * @param owner    this process's name in leases
 * @param chats    the chats it owns, by name
 * @param sessions the sessions it has met, by id
 */
public record MonitorStatus(String owner, List<ChatStatus> chats, List<SessionStatus> sessions) {

    public MonitorStatus {
        Objects.requireNonNull(owner, "owner");
        chats = List.copyOf(chats);
        sessions = List.copyOf(sessions);
    }
}
