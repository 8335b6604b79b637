package io.telegate.adapters.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.model.fetch.FetchWindow;
import io.telegate.ports.model.fetch.FetchWindow.DateRange;
import io.telegate.ports.model.fetch.FetchWindow.LastDays;
import io.telegate.ports.model.fetch.FetchWindow.OnDate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/** Seed 002's {@code mode} with its own field: {@code date}, {@code days}, or {@code from} and {@code to}. */
final class FetchWindowJson {

    private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

    private FetchWindowJson() {
    }

    static FetchWindow read(JsonFields json) {
        String mode = json.requiredText("mode");
        return switch (mode) {
            case "date" -> new OnDate(date(json, "date"));
            case "days" -> new LastDays(json.requiredInt("days", 1));
            case "range" -> range(json);
            default -> throw json.error("mode", "must be one of date, days, range");
        };
    }

    private static DateRange range(JsonFields json) {
        LocalDate from = date(json, "from");
        LocalDate to = date(json, "to");
        if (to.isBefore(from)) {
            throw json.error("to", "must not be before from (" + from + ")");
        }
        return new DateRange(from, to);
    }

    private static LocalDate date(JsonFields json, String name) {
        String text = json.requiredText(name);
        if (!DATE.matcher(text).matches()) {
            throw json.error(name, "must be a date in the form YYYY-MM-DD");
        }
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw json.error(name, "is not a real calendar date");
        }
    }

    static void write(ObjectNode node, FetchWindow window) {
        node.put("mode", window.mode());
        switch (window) {
            case OnDate onDate -> node.put("date", onDate.date().toString());
            case LastDays lastDays -> node.put("days", lastDays.days());
            case DateRange range -> {
                node.put("from", range.from().toString());
                node.put("to", range.to().toString());
            }
        }
    }
}
