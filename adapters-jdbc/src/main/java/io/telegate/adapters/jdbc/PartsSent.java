package io.telegate.adapters.jdbc;

import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The {@code parts_sent} column: Telegram message ids of the delivered parts, comma-separated in delivery order,
 * empty for none. Text rather than an array type, because arrays differ between PostgreSQL and H2.
 */
final class PartsSent {

    private PartsSent() {
    }

    static String encode(List<Long> messageIds) {
        return messageIds.stream().map(String::valueOf).collect(Collectors.joining(","));
    }

    static List<Long> decode(String column) {
        if (column == null || column.isEmpty()) {
            return List.of();
        }
        return Arrays.stream(column.split(",")).map(Long::valueOf).toList();
    }
}
