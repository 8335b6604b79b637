package io.telegate.ports.model.monitor;

import java.util.Objects;
import java.util.Optional;

/** How a monitoring command ended: the expected outcomes, matched with {@code switch}. */
public sealed interface MonitorOutcome {

    /**
     * The chat is monitored from now on.
     *
     * @param sourceSessionId the session reading it; empty while every session of the pool is busy elsewhere or
     *                        rate-limited, in which case reading starts as soon as one is free
     */
    record Started(Optional<String> sourceSessionId) implements MonitorOutcome {
        public Started {
            Objects.requireNonNull(sourceSessionId, "source session id");
        }
    }

    /** The chat was already monitored (by this instance or another one); nothing changed. */
    record AlreadyMonitoring() implements MonitorOutcome {
    }

    /** Monitoring of the chat ended; {@code monitoring_stopped} was published. */
    record Stopped() implements MonitorOutcome {
    }

    /** The chat was not monitored; nothing changed. */
    record NotMonitored() implements MonitorOutcome {
    }

    /**
     * The session is a member of the chat.
     *
     * @param chatId Telegram's numeric id of the chat joined
     * @param title  its title
     */
    record Joined(long chatId, String title) implements MonitorOutcome {
        public Joined {
            Objects.requireNonNull(title, "title");
        }
    }

    /**
     * The chat's pool was replaced.
     *
     * @param sourceSessionId the session reading it now; empty when another instance owns the chat and applies
     *                        the new pool itself
     */
    record Switched(Optional<String> sourceSessionId) implements MonitorOutcome {
        public Switched {
            Objects.requireNonNull(sourceSessionId, "source session id");
        }
    }

    /** The command cannot be carried out; {@code reason} says why (never a secret). */
    record Rejected(String reason) implements MonitorOutcome {
        public Rejected {
            Objects.requireNonNull(reason, "reason");
        }
    }
}
