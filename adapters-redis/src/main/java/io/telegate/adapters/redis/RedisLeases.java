package io.telegate.adapters.redis;

import io.lettuce.core.ScriptOutputType;
import io.telegate.ports.model.Lease;
import io.telegate.ports.out.Leases;
import io.telegate.ports.out.PermanentFailure;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@link Leases} on Redis: a lease is the key {@code <prefix>lease:<name>} holding {@code owner|token} with a
 * {@code PX} expiry; fencing tokens come from {@code <prefix>lease-fence:<name>}, a counter that never expires.
 * Acquire, renew and release are Lua scripts, so each is one atomic step across processes.
 *
 * <p>Time: Redis expires the key by its own clock; {@link Lease#expiresAt()} is computed with this process's
 * clock as the instant just before the request went out plus the time-to-live (or, for {@link #holder}, plus
 * the remaining time Redis reported). That instant is never later than the real expiry unless the two clocks
 * run at different rates, so a holder that renews before its {@code expiresAt} is on the safe side.
 */
public final class RedisLeases implements Leases {

    private static final LuaScript ACQUIRE = LuaScript.named("lease_acquire");
    private static final LuaScript RENEW = LuaScript.named("lease_renew");
    private static final LuaScript RELEASE = LuaScript.named("lease_release");
    private static final LuaScript HOLDER = LuaScript.named("lease_holder");

    private final RedisConnections redis;
    private final String prefix;
    private final Clock clock = Clock.systemUTC();

    @Inject
    public RedisLeases(RedisConnections redis) {
        this.redis = Objects.requireNonNull(redis, "redis");
        this.prefix = redis.config().keyPrefix();
    }

    @Override
    public Optional<Lease> acquire(String name, String owner, Duration ttl) {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(owner, "owner");
        long millis = Ttl.millis(ttl);
        Instant sent = clock.instant();
        String token = redis.call("acquire lease", commands -> ACQUIRE.run(commands, ScriptOutputType.VALUE,
                new String[] {leaseKey(name), fenceKey(name)}, owner, Long.toString(millis)));
        return Optional.ofNullable(token)
                .map(t -> new Lease(name, owner, Long.parseLong(t), sent.plusMillis(millis)));
    }

    @Override
    public Optional<Lease> renew(Lease lease, Duration ttl) {
        Objects.requireNonNull(lease, "lease");
        long millis = Ttl.millis(ttl);
        Instant sent = clock.instant();
        Long renewed = redis.call("renew lease", commands -> RENEW.run(commands, ScriptOutputType.INTEGER,
                new String[] {leaseKey(lease.name())}, valueOf(lease), Long.toString(millis)));
        return renewed == 1L
                ? Optional.of(new Lease(lease.name(), lease.owner(), lease.fencingToken(), sent.plusMillis(millis)))
                : Optional.empty();
    }

    @Override
    public boolean release(Lease lease) {
        Objects.requireNonNull(lease, "lease");
        Long released = redis.call("release lease", commands -> RELEASE.run(commands, ScriptOutputType.INTEGER,
                new String[] {leaseKey(lease.name())}, valueOf(lease)));
        return released == 1L;
    }

    @Override
    public Optional<Lease> holder(String name) {
        Objects.requireNonNull(name, "name");
        Instant sent = clock.instant();
        List<Object> held = redis.call("read lease", commands -> HOLDER.run(commands, ScriptOutputType.MULTI,
                new String[] {leaseKey(name)}));
        if (held == null || held.size() < 2) {
            return Optional.empty();
        }
        String value = (String) held.get(0);
        long remainingMillis = (Long) held.get(1);
        int separator = value.lastIndexOf('|');
        if (separator < 0 || remainingMillis < 0) {
            throw new PermanentFailure("lease key of '" + name + "' holds a value this adapter did not write");
        }
        return Optional.of(new Lease(name, value.substring(0, separator),
                Long.parseLong(value.substring(separator + 1)), sent.plusMillis(remainingMillis)));
    }

    private String leaseKey(String name) {
        return prefix + "lease:" + name;
    }

    private String fenceKey(String name) {
        return prefix + "lease-fence:" + name;
    }

    private static String valueOf(Lease lease) {
        return lease.owner() + "|" + lease.fencingToken();
    }
}
