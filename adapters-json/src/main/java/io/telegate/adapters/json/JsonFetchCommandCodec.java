package io.telegate.adapters.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.fetch.FetchCommand;
import io.telegate.ports.model.fetch.FetchStrategy;
import io.telegate.ports.model.fetch.FetchWindow;
import io.telegate.ports.out.Codec;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Seed 002's {@code fetch} command on the {@code tg_commands} list as JSON; see docs/contracts.md.
 *
 * <p>Decoding fills the gaps the schema leaves: {@code strategy} defaults to the configured default strategy
 * (FETCH_STRATEGY; {@code batch} unless told otherwise), and a command
 * without {@code command_id} gets one from the id generator given to the constructor. Thread-safe when that
 * generator is.
 */
public final class JsonFetchCommandCodec implements Codec<FetchCommand> {

    private final Supplier<String> commandIds;
    private final FetchStrategy defaultStrategy;

    /**
     * Creates the codec with {@code batch} as the strategy of commands that name none.
     *
     * @param commandIds makes the id of a command that came without {@code command_id} (a random UUID in production)
     */
    public JsonFetchCommandCodec(Supplier<String> commandIds) {
        this(commandIds, FetchStrategy.BATCH);
    }

    /** Creates the codec; {@code defaultStrategy} applies to commands without {@code strategy}. */
    public JsonFetchCommandCodec(Supplier<String> commandIds, FetchStrategy defaultStrategy) {
        this.commandIds = Objects.requireNonNull(commandIds, "commandIds");
        this.defaultStrategy = Objects.requireNonNull(defaultStrategy, "defaultStrategy");
    }

    @Override
    public FetchCommand decode(String payload) {
        JsonFields json = JsonFields.parse(payload);
        if (!"fetch".equals(json.requiredText("command"))) {
            throw json.error("command", "must be fetch");
        }
        Optional<String> commandId = json.optionalNonBlank("command_id");
        String chat = chat(json);
        FetchWindow window = FetchWindowJson.read(json);
        FetchStrategy strategy = strategy(json);
        Map<String, String> options = options(json);
        return new FetchCommand(commandId.orElseGet(commandIds), chat, window, strategy, options);
    }

    private static String chat(JsonFields json) {
        String chat = json.requiredText("chat");
        try {
            ChatRef.parse(chat);
        } catch (IllegalArgumentException e) {
            throw json.error("chat", e.getMessage());
        }
        return chat;
    }

    private FetchStrategy strategy(JsonFields json) {
        Optional<String> strategy = json.optionalText("strategy");
        try {
            return strategy.map(FetchStrategy::fromWire).orElse(defaultStrategy);
        } catch (IllegalArgumentException e) {
            throw json.error("strategy", "must be one of batch, per_day");
        }
    }

    private static Map<String, String> options(JsonFields json) {
        Map<String, String> options = ScalarMapJson.read(json, "options");
        String zone = options.get(FetchCommand.TIME_ZONE_OPTION);
        if (zone != null) {
            try {
                ZoneId.of(zone);
            } catch (DateTimeException e) {
                throw json.error("options." + FetchCommand.TIME_ZONE_OPTION,
                        "is not a valid time zone id (such as UTC or Europe/Moscow)");
            }
        }
        return options;
    }

    @Override
    public String encode(FetchCommand value) {
        ObjectNode node = SharedJson.object();
        node.put("command", "fetch");
        node.put("command_id", value.commandId());
        node.put("chat", value.chat());
        FetchWindowJson.write(node, value.window());
        node.put("strategy", value.strategy().wireName());
        if (!value.options().isEmpty()) {
            ObjectNode options = node.putObject("options");
            new TreeMap<>(value.options()).forEach(options::put);
        }
        return SharedJson.write(node);
    }
}
