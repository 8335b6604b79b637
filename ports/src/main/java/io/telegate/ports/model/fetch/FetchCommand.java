package io.telegate.ports.model.fetch;

import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;

/**
 * Seed 002's {@code fetch} command: archive a chat's history over a window of days.
 *
 * @param commandId the command's id ({@code command_id} when the producer sent one, else assigned on receipt)
 * @param chat      the chat as the producer named it, e.g. {@code @ru_python}; also names its archive folder
 * @param window    which days
 * @param strategy  batch or per_day
 * @param options   the free-form {@code options} object, flattened to strings
 */
public record FetchCommand(String commandId, String chat, FetchWindow window, FetchStrategy strategy,
                           Map<String, String> options) {

    /** The option naming the time zone whose calendar days split the history (default UTC). */
    public static final String TIME_ZONE_OPTION = "time_zone";

    public FetchCommand {
        Objects.requireNonNull(commandId, "command_id");
        Objects.requireNonNull(chat, "chat");
        Objects.requireNonNull(window, "window");
        Objects.requireNonNull(strategy, "strategy");
        options = Map.copyOf(options);
        if (options.containsKey(TIME_ZONE_OPTION)) {
            ZoneId.of(options.get(TIME_ZONE_OPTION));
        }
    }

    /** The time zone whose calendar days this command counts in. */
    public ZoneId zone() {
        String zone = options.get(TIME_ZONE_OPTION);
        return zone == null ? ZoneOffset.UTC : ZoneId.of(zone);
    }
}
