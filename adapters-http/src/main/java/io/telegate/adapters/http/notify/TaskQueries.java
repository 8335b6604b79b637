package io.telegate.adapters.http.notify;

import io.javalin.http.Context;
import io.telegate.ports.in.InvalidRequestException;
import io.telegate.ports.model.FieldError;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.model.notify.TaskQuery;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads the query string of {@code GET /api/tasks/list}: {@code status}, {@code chat_id} (or {@code chat}),
 * {@code created_from}, {@code created_before}, {@code cursor} and {@code limit} (1 to 500, default
 * {@value #DEFAULT_LIMIT}).
 */
final class TaskQueries {

    static final int DEFAULT_LIMIT = 50;

    private TaskQueries() {
    }

    static TaskQuery of(Context ctx, String tenant) {
        List<FieldError> errors = new ArrayList<>();
        Optional<NotificationStatus> status = param(ctx, "status").flatMap(text -> {
            Optional<NotificationStatus> parsed = JsonFields.parseEnum(text, NotificationStatus.class);
            if (parsed.isEmpty()) {
                errors.add(new FieldError("status", "must be one of "
                        + String.join(", ", JsonFields.names(NotificationStatus.class))));
            }
            return parsed;
        });
        Optional<Instant> from = instant(ctx, "created_from", errors);
        Optional<Instant> before = instant(ctx, "created_before", errors);
        int limit = limit(ctx, errors);
        if (!errors.isEmpty()) {
            throw new InvalidRequestException(errors);
        }
        return new TaskQuery(tenant, status, param(ctx, "chat_id").or(() -> param(ctx, "chat")), from, before, param(ctx, "cursor"), limit);
    }

    private static int limit(Context ctx, List<FieldError> errors) {
        Optional<String> text = param(ctx, "limit");
        if (text.isEmpty()) {
            return DEFAULT_LIMIT;
        }
        try {
            int limit = Integer.parseInt(text.get());
            if (limit >= 1 && limit <= 500) {
                return limit;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        errors.add(new FieldError("limit", "must be an integer from 1 to 500"));
        return DEFAULT_LIMIT;
    }

    private static Optional<Instant> instant(Context ctx, String name, List<FieldError> errors) {
        return param(ctx, name).flatMap(text -> {
            try {
                return Optional.of(OffsetDateTime.parse(text).toInstant());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(name, "must be an ISO-8601 time with an offset, such as 2025-11-07T10:00:00Z"));
                return Optional.empty();
            }
        });
    }

    private static Optional<String> param(Context ctx, String name) {
        return Optional.ofNullable(ctx.queryParam(name)).map(String::strip).filter(value -> !value.isEmpty());
    }
}
