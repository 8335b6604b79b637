package io.telegate.testkit.metrics;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A meter's identity: its Prometheus-safe name and its tags sorted by key, so tag order does not matter.
 *
 * @param name the dotted name with every character Prometheus does not allow turned into {@code _}
 * @param tags the tags, keys made Prometheus-safe the same way, sorted by key
 */
record MeterId(String name, List<Tag> tags) implements Comparable<MeterId> {

    private static final Comparator<MeterId> ORDER = Comparator.comparing(MeterId::name)
            .thenComparing(id -> id.tags().toString());

    /** One label: a safe key and its raw value (escaped only when rendered). */
    record Tag(String key, String value) {
    }

    MeterId {
        tags = List.copyOf(tags);
    }

    /** Parses alternating key and value strings; throws when they do not pair up or a key repeats. */
    static MeterId of(String name, String... keysAndValues) {
        Objects.requireNonNull(name, "meter name");
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("tags of " + name + " must be key and value pairs");
        }
        List<Tag> tags = new ArrayList<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            String key = safe(Objects.requireNonNull(keysAndValues[i], "tag key"));
            String value = Objects.requireNonNull(keysAndValues[i + 1], "value of tag " + key);
            if (tags.stream().anyMatch(t -> t.key().equals(key))) {
                throw new IllegalArgumentException("tag " + key + " given twice for " + name);
            }
            tags.add(new Tag(key, value));
        }
        tags.sort(Comparator.comparing(Tag::key));
        return new MeterId(safe(name), tags);
    }

    /** {@code telegate.events.published} becomes {@code telegate_events_published}. */
    static String safe(String name) {
        if (name.isEmpty()) {
            throw new IllegalArgumentException("meter and tag names must not be empty");
        }
        String safe = name.replaceAll("[^a-zA-Z0-9_]", "_");
        return Character.isDigit(safe.charAt(0)) ? "_" + safe : safe;
    }

    @Override
    public int compareTo(MeterId other) {
        return ORDER.compare(this, other);
    }
}
