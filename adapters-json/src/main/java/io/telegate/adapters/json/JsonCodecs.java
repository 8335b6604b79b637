package io.telegate.adapters.json;

import io.telegate.ports.model.fetch.FetchCommand;
import io.telegate.ports.model.fetch.FetchEvent;
import io.telegate.ports.model.fetch.FetchStrategy;
import io.telegate.ports.model.monitor.MonitorCommand;
import io.telegate.ports.model.monitor.MonitorEvent;
import io.telegate.ports.model.notify.NotificationEvent;
import io.telegate.ports.out.Codec;
import java.util.UUID;
import java.util.function.Supplier;

/** Creates the JSON codecs of the seed 000, 002 and 003 wire contracts; every one returned is thread-safe. */
public final class JsonCodecs {

    private JsonCodecs() {
    }

    /** Seed 000's commands ({@code python_bridge_commands}). */
    public static Codec<MonitorCommand> monitorCommands() {
        return new JsonMonitorCommandCodec();
    }

    /** Seed 000's events and Telegate's additions ({@code python_bridge_events}). */
    public static Codec<MonitorEvent> monitorEvents() {
        return new JsonMonitorEventCodec();
    }

    /** Seed 002's fetch command ({@code tg_commands}); a command without {@code command_id} gets a random UUID. */
    public static Codec<FetchCommand> fetchCommands() {
        return fetchCommands(() -> UUID.randomUUID().toString());
    }

    /** Seed 002's fetch command, with the ids of commands that came without one made by {@code commandIds}. */
    public static Codec<FetchCommand> fetchCommands(Supplier<String> commandIds) {
        return new JsonFetchCommandCodec(commandIds);
    }

    /** Seed 002's fetch command with random ids, and {@code defaultStrategy} for commands that name none. */
    public static Codec<FetchCommand> fetchCommands(FetchStrategy defaultStrategy) {
        return new JsonFetchCommandCodec(() -> UUID.randomUUID().toString(), defaultStrategy);
    }

    /** Seed 002's fetch events ({@code tg_events}). */
    public static Codec<FetchEvent> fetchEvents() {
        return new JsonFetchEventCodec();
    }

    /** The notifier's events: a task reached a final state. */
    public static Codec<NotificationEvent> notificationEvents() {
        return new JsonNotificationEventCodec();
    }

    /** Seed 002's message lines (archive JSONL files). */
    public static JsonTelegramMessages telegramMessages() {
        return new JsonTelegramMessages();
    }
}
