package io.telegate.ports.model;

import java.time.Instant;
import java.util.Objects;

/**
 * Exclusive, expiring ownership of a named resource (a chat, a session, a chat-day).
 *
 * @param name         the resource
 * @param owner        who holds it (a process id)
 * @param fencingToken increases with every new acquisition of this name; a writer that holds an older token
 *                     than the current one must stop
 * @param expiresAt    when the lease lapses unless renewed
 */
public record Lease(String name, String owner, long fencingToken, Instant expiresAt) {

    public Lease {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(expiresAt, "expires at");
    }
}
