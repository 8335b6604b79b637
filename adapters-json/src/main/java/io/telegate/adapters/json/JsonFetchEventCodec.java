package io.telegate.adapters.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.model.fetch.FetchEvent;
import io.telegate.ports.model.fetch.FetchEvent.Completed;
import io.telegate.ports.model.fetch.FetchEvent.Failed;
import io.telegate.ports.model.fetch.FetchEvent.Header;
import io.telegate.ports.model.fetch.FetchEvent.Progress;
import io.telegate.ports.model.fetch.FetchEvent.Started;
import io.telegate.ports.out.Codec;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Seed 002's fetch events on {@code tg_events} as JSON, discriminated by {@code event}; see docs/contracts.md.
 *
 * <p>An unknown (empty) {@code chat} or {@code mode} is written as {@code null}; {@code waiting_until},
 * {@code eta} and {@code field} are written only when present.
 */
public final class JsonFetchEventCodec implements Codec<FetchEvent> {

    private static final Pattern WHOLE_DAYS = Pattern.compile("[1-9]\\d{0,8}");

    @Override
    public FetchEvent decode(String payload) {
        JsonFields json = JsonFields.parse(payload);
        String event = json.requiredText("event");
        return switch (event) {
            case "started" -> new Started(header(json), json.requiredInt("units", 0));
            case "progress" -> new Progress(header(json), json.requiredInt("units_done", 0),
                    json.requiredInt("units", 0), json.optionalInstant("waiting_until"), json.optionalInstant("eta"));
            case "completed" -> new Completed(header(json));
            case "failed" -> new Failed(header(json), json.requiredText("error"), json.requiredText("reason"),
                    json.optionalText("field"));
            default -> throw json.error("event", "must be one of started, progress, completed, failed");
        };
    }

    private static Header header(JsonFields json) {
        return new Header(json.requiredText("command_id"), json.optionalText("chat").orElse(""),
                json.optionalText("mode").orElse(""), ScalarMapJson.read(json, "params"),
                json.requiredLong("processed", 0), json.requiredInt("errors", 0), json.requiredNumber("duration_sec"),
                json.requiredInstant("ts"));
    }

    @Override
    public String encode(FetchEvent value) {
        ObjectNode node = SharedJson.object();
        node.put("event", name(value));
        writeHeader(node, value.header());
        switch (value) {
            case Started started -> node.put("units", started.units());
            case Progress progress -> {
                node.put("units_done", progress.unitsDone());
                node.put("units", progress.units());
                progress.waitingUntil().ifPresent(until -> node.put("waiting_until", until.toString()));
                progress.eta().ifPresent(eta -> node.put("eta", eta.toString()));
            }
            case Completed completed -> {
                // the header says it all
            }
            case Failed failed -> {
                node.put("error", failed.error());
                node.put("reason", failed.reason());
                failed.field().ifPresent(field -> node.put("field", field));
            }
        }
        return SharedJson.write(node);
    }

    private static void writeHeader(ObjectNode node, Header header) {
        if (!Double.isFinite(header.durationSec())) {
            throw new IllegalArgumentException("duration_sec must be a finite number, was " + header.durationSec());
        }
        node.put("command_id", header.commandId());
        node.put("chat", header.chat().isEmpty() ? null : header.chat());
        node.put("mode", header.mode().isEmpty() ? null : header.mode());
        writeParams(node.putObject("params"), header.params());
        node.put("processed", header.processed());
        node.put("errors", header.errors());
        node.put("duration_sec", header.durationSec());
        node.put("ts", header.ts().toString());
    }

    /** Parameters in name order; {@code days} as a JSON number, like in the command. */
    private static void writeParams(ObjectNode params, Map<String, String> values) {
        new TreeMap<>(values).forEach((name, value) -> {
            if (name.equals("days") && WHOLE_DAYS.matcher(value).matches()) {
                params.put(name, Integer.parseInt(value));
            } else {
                params.put(name, value);
            }
        });
    }

    private static String name(FetchEvent event) {
        return switch (event) {
            case Started started -> "started";
            case Progress progress -> "progress";
            case Completed completed -> "completed";
            case Failed failed -> "failed";
        };
    }
}
