package io.telegate.core.notify;

import io.telegate.ports.model.notify.UnknownPolicy;
import io.telegate.ports.out.StateStore;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/**
 * Per-task overrides of the policy for sends that may or may not have arrived, kept in the {@link StateStore}
 * ({@code unknown-policy:<taskId>}) so the task model stays as it is. A lost or expired override falls back to the
 * service's policy; with the default ({@link UnknownPolicy#SURFACE}) that errs on the side of no duplicate.
 */
public final class UnknownPolicies {

    /** How long an override is kept: far longer than any task waits for delivery. */
    static final Duration KEEP = Duration.ofDays(30);

    private final StateStore store;

    public UnknownPolicies(StateStore store) {
        this.store = store;
    }

    public void set(String taskId, UnknownPolicy policy) {
        store.put(key(taskId), policy.name().toLowerCase(Locale.ROOT), Optional.of(KEEP));
    }

    /** The task's own policy, or {@code fallback}. */
    public UnknownPolicy forTask(String taskId, UnknownPolicy fallback) {
        return store.get(key(taskId)).flatMap(UnknownPolicies::parse).orElse(fallback);
    }

    private static Optional<UnknownPolicy> parse(String value) {
        try {
            return Optional.of(UnknownPolicy.valueOf(value.toUpperCase(Locale.ROOT)));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    private static String key(String taskId) {
        return "unknown-policy:" + taskId;
    }
}
