package io.telegate.apps.runtime.logging;

import java.util.Objects;
import org.slf4j.MDC;

/**
 * Puts a correlation key into the logging MDC for the length of a try-with-resources block, then restores
 * what was there before: {@code try (var scope = Mdc.commandId(command.id())) { ... }}.
 */
public final class Mdc {

    /** The command being executed (fetch, monitor, notify commands carry one). */
    public static final String COMMAND_ID = "command_id";
    /** The HTTP request or message being handled (the HTTP server fills it from {@code X-Request-Id}). */
    public static final String TRACE_ID = "trace_id";

    private Mdc() {
    }

    /** A block during which {@code command_id} is {@code id}. */
    public static Scope commandId(String id) {
        return put(COMMAND_ID, id);
    }

    /** A block during which {@code trace_id} is {@code id}. */
    public static Scope traceId(String id) {
        return put(TRACE_ID, id);
    }

    /** A block during which {@code key} is {@code value}. */
    public static Scope put(String key, String value) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(value, "value");
        String previous = MDC.get(key);
        MDC.put(key, value);
        return () -> {
            if (previous == null) {
                MDC.remove(key);
            } else {
                MDC.put(key, previous);
            }
        };
    }

    /** Ends an MDC block; closing never throws. */
    @FunctionalInterface
    public interface Scope extends AutoCloseable {
        @Override
        void close();
    }
}
