package io.telegate.adapters.http;

import io.telegate.ports.model.HealthStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * The outcome of one readiness probe: every check by name, and whether all of them are up.
 *
 * @param checks each check's status, sorted by name
 */
record Readiness(SortedMap<String, HealthStatus> checks) {

    Readiness {
        checks = new TreeMap<>(checks);
    }

    boolean up() {
        return checks.values().stream().allMatch(HealthStatus::up);
    }

    Map<String, Object> toJson() {
        Map<String, Object> perCheck = new TreeMap<>();
        checks.forEach((name, status) -> {
            Map<String, Object> check = new LinkedHashMap<>();
            check.put("status", status.up() ? "up" : "down");
            check.put("detail", status.detail());
            perCheck.put(name, check);
        });
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("status", up() ? "up" : "down");
        body.put("checks", perCheck);
        return body;
    }
}
