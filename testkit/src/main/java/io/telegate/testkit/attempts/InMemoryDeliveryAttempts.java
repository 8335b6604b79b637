package io.telegate.testkit.attempts;

import io.telegate.ports.model.notify.DeliveryAttempt;
import io.telegate.ports.out.DeliveryAttempts;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/** A {@link DeliveryAttempts} log in memory, every operation under one lock; follows {@link DeliveryAttemptsContract}. */
public final class InMemoryDeliveryAttempts implements DeliveryAttempts {

    private final Map<String, NavigableMap<Integer, DeliveryAttempt>> byTask = new HashMap<>();

    @Override
    public synchronized boolean record(DeliveryAttempt attempt) {
        Objects.requireNonNull(attempt, "attempt");
        return byTask.computeIfAbsent(attempt.taskId(), id -> new TreeMap<>())
                .putIfAbsent(attempt.attemptNo(), attempt) == null;
    }

    @Override
    public synchronized List<DeliveryAttempt> forTask(String taskId) {
        Objects.requireNonNull(taskId, "taskId");
        return List.copyOf(byTask.getOrDefault(taskId, new TreeMap<>()).values());
    }

    @Override
    public synchronized Optional<DeliveryAttempt> latest(String taskId) {
        Objects.requireNonNull(taskId, "taskId");
        return Optional.ofNullable(byTask.get(taskId)).map(NavigableMap::lastEntry).map(Map.Entry::getValue);
    }

    /** Every attempt of every task; for tests that count calls. */
    public synchronized int size() {
        return byTask.values().stream().mapToInt(Map::size).sum();
    }
}
