package io.telegate.adapters.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.model.monitor.MonitorEvent;
import io.telegate.ports.model.monitor.MonitorEvent.AccessLost;
import io.telegate.ports.model.monitor.MonitorEvent.CommandRejected;
import io.telegate.ports.model.monitor.MonitorEvent.GapFilled;
import io.telegate.ports.model.monitor.MonitorEvent.IncomingTelegramMessage;
import io.telegate.ports.model.monitor.MonitorEvent.MessageMetadata;
import io.telegate.ports.model.monitor.MonitorEvent.MonitoringStopped;
import io.telegate.ports.out.Codec;
import java.util.OptionalLong;

/**
 * Seed 000's monitoring events and Telegate's additions as JSON, discriminated by {@code event}; see
 * docs/contracts.md. Absent optional values are written as {@code null}; dates are ISO-8601 UTC instants.
 */
public final class JsonMonitorEventCodec implements Codec<MonitorEvent> {

    static final String INCOMING = "incoming_telegram_message";
    static final String ACCESS_LOST = "access_lost";
    static final String STOPPED = "monitoring_stopped";
    static final String REJECTED = "command_rejected";
    static final String GAP_FILLED = "gap_filled";

    @Override
    public MonitorEvent decode(String payload) {
        JsonFields json = JsonFields.parse(payload);
        String event = json.requiredText("event");
        return switch (event) {
            case INCOMING -> new IncomingTelegramMessage(ChatIdJson.read(json), json.requiredLong("message_id"),
                    json.requiredInstant("date"), json.requiredText("text"),
                    metadata(json.requiredObject("metadata")));
            case ACCESS_LOST -> new AccessLost(ChatIdJson.read(json), json.requiredText("session_id"),
                    json.requiredText("reason"));
            case STOPPED -> new MonitoringStopped(ChatIdJson.read(json), json.requiredText("reason"));
            case REJECTED -> new CommandRejected(json.optionalText("command_id"), json.requiredText("reason"));
            case GAP_FILLED -> new GapFilled(ChatIdJson.read(json), json.requiredLong("from_message_id"),
                    json.requiredLong("to_message_id"), json.requiredInt("count"));
            default -> throw json.error("event",
                    "must be one of " + String.join(", ", INCOMING, ACCESS_LOST, STOPPED, REJECTED, GAP_FILLED));
        };
    }

    private static MessageMetadata metadata(JsonFields json) {
        return new MessageMetadata(json.requiredText("session_id"), json.requiredLong("sequence"),
                json.optionalLong("from_id"), json.optionalLong("reply_to"), json.optionalBoolean("gap_fill", false),
                EntityJson.readAll(json, "entities"));
    }

    @Override
    public String encode(MonitorEvent value) {
        ObjectNode node = SharedJson.object();
        switch (value) {
            case IncomingTelegramMessage message -> {
                node.put("event", INCOMING);
                ChatIdJson.write(node, message.chatId());
                node.put("message_id", message.messageId());
                node.put("date", message.date().toString());
                node.put("text", message.text());
                writeMetadata(node.putObject("metadata"), message.metadata());
            }
            case AccessLost lost -> {
                node.put("event", ACCESS_LOST);
                ChatIdJson.write(node, lost.chatId());
                node.put("session_id", lost.sessionId());
                node.put("reason", lost.reason());
            }
            case MonitoringStopped stopped -> {
                node.put("event", STOPPED);
                ChatIdJson.write(node, stopped.chatId());
                node.put("reason", stopped.reason());
            }
            case CommandRejected rejected -> {
                node.put("event", REJECTED);
                node.put("command_id", rejected.commandId().orElse(null));
                node.put("reason", rejected.reason());
            }
            case GapFilled gap -> {
                node.put("event", GAP_FILLED);
                ChatIdJson.write(node, gap.chatId());
                node.put("from_message_id", gap.fromMessageId());
                node.put("to_message_id", gap.toMessageId());
                node.put("count", gap.count());
            }
        }
        return SharedJson.write(node);
    }

    private static void writeMetadata(ObjectNode node, MessageMetadata metadata) {
        node.put("session_id", metadata.sessionId());
        node.put("sequence", metadata.sequence());
        putOrNull(node, "from_id", metadata.fromId());
        putOrNull(node, "reply_to", metadata.replyTo());
        node.put("gap_fill", metadata.gapFill());
        EntityJson.writeAll(node.putArray("entities"), metadata.entities());
    }

    private static void putOrNull(ObjectNode node, String name, OptionalLong value) {
        if (value.isPresent()) {
            node.put(name, value.getAsLong());
        } else {
            node.putNull(name);
        }
    }
}
