package io.telegate.adapters.jdbc;

import java.util.Locale;

/**
 * The databases the adapters speak to. Almost all SQL is shared; only the upserts differ, because H2 knows
 * {@code MERGE ... KEY} but not PostgreSQL's {@code ON CONFLICT ... DO UPDATE}.
 */
enum SqlDialect {
    POSTGRESQL,
    H2;

    static SqlDialect of(String jdbcUrl) {
        String lower = jdbcUrl.toLowerCase(Locale.ROOT);
        if (lower.startsWith("jdbc:postgresql:")) {
            return POSTGRESQL;
        }
        if (lower.startsWith("jdbc:h2:")) {
            return H2;
        }
        throw new IllegalArgumentException("the database URL must start with jdbc:postgresql: or jdbc:h2:");
    }

    /**
     * Inserts a row or replaces the columns of the row with the same key; the named parameters are the columns.
     */
    String upsert(String table, String key, String... columns) {
        String names = String.join(", ", columns);
        String values = ":" + String.join(", :", columns);
        if (this == H2) {
            return "MERGE INTO " + table + " (" + key + ", " + names + ") KEY (" + key + ") VALUES (:" + key + ", "
                    + values + ")";
        }
        StringBuilder sql = new StringBuilder("INSERT INTO ").append(table).append(" (").append(key).append(", ")
                .append(names).append(") VALUES (:").append(key).append(", ").append(values)
                .append(") ON CONFLICT (").append(key).append(") DO UPDATE SET ");
        for (int i = 0; i < columns.length; i++) {
            sql.append(i == 0 ? "" : ", ").append(columns[i]).append(" = EXCLUDED.").append(columns[i]);
        }
        return sql.toString();
    }
}
