package io.telegate.ports.out;

import io.telegate.ports.model.Lease;
import java.time.Duration;
import java.util.Optional;

/**
 * Exclusive, expiring ownership of named resources across processes, with fencing tokens.
 *
 * <p>Contract: at most one owner holds a name at any instant; {@link #acquire} succeeds when the name is
 * free or its lease has expired (or the caller already holds it, which renews it); every successful acquire
 * by a new owner gets a fencing token greater than any earlier token for that name. {@link #renew} and
 * {@link #release} only act for the current holder with the same token. Thread-safe.
 */
public interface Leases {

    /** Takes (or renews) the lease for {@code ttl}, or returns empty when another owner holds it. */
    Optional<Lease> acquire(String name, String owner, Duration ttl);

    /** Extends a held lease; empty when it was lost (expired and taken, or released). */
    Optional<Lease> renew(Lease lease, Duration ttl);

    /** Gives the lease up; returns whether it was still held. */
    boolean release(Lease lease);

    /** Who holds the name now, if anyone. */
    Optional<Lease> holder(String name);
}
