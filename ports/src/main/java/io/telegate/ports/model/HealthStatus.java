package io.telegate.ports.model;

import java.util.Objects;

/**
 * The state of one dependency as a readiness check sees it.
 *
 * @param up     true when the dependency answers as it should
 * @param detail a short human-readable detail (never a secret)
 */
public record HealthStatus(boolean up, String detail) {

    public HealthStatus {
        Objects.requireNonNull(detail, "detail");
    }

    public static HealthStatus up(String detail) {
        return new HealthStatus(true, detail);
    }

    public static HealthStatus down(String detail) {
        return new HealthStatus(false, detail);
    }
}
