package io.telegate.adapters.jdbc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.jdbi.v3.core.argument.Argument;

/**
 * Instants in {@code TIMESTAMP WITH TIME ZONE} columns: written as UTC {@link OffsetDateTime}s (JDBC 4.2, the same
 * on PostgreSQL and H2, whatever the JVM's zone), and truncated to the microsecond both databases keep.
 */
final class Timestamps {

    private Timestamps() {
    }

    /** The instant as the database will store it. */
    static Instant stored(Instant instant) {
        return instant.truncatedTo(ChronoUnit.MICROS);
    }

    /** The instant rounded up to the next whole microsecond, unless it is one already. */
    static Instant ceiling(Instant instant) {
        Instant truncated = stored(instant);
        return truncated.equals(instant) ? instant : truncated.plus(1, ChronoUnit.MICROS);
    }

    static Optional<Instant> stored(Optional<Instant> instant) {
        return instant.map(Timestamps::stored);
    }

    static Argument argument(Instant instant) {
        OffsetDateTime value = stored(instant).atOffset(ZoneOffset.UTC);
        return (position, statement, context) -> statement.setObject(position, value);
    }

    static Argument argument(Optional<Instant> instant) {
        return instant.map(Timestamps::argument)
                .orElse((position, statement, context) -> statement.setNull(position, Types.TIMESTAMP_WITH_TIMEZONE));
    }

    static Instant read(ResultSet row, String column) throws SQLException {
        return readOptional(row, column)
                .orElseThrow(() -> new SQLException("column " + column + " is unexpectedly null"));
    }

    static Optional<Instant> readOptional(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, OffsetDateTime.class)).map(OffsetDateTime::toInstant);
    }
}
