package io.telegate.adapters.json;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.telegate.ports.model.monitor.MonitorCommand;
import io.telegate.ports.model.monitor.MonitorCommand.JoinChat;
import io.telegate.ports.model.monitor.MonitorCommand.StartMonitoringChat;
import io.telegate.ports.model.monitor.MonitorCommand.StopMonitoringChat;
import io.telegate.ports.model.monitor.MonitorCommand.SwitchMonitoringSource;
import io.telegate.ports.out.Codec;
import java.util.Optional;

/**
 * Seed 000's monitoring commands as JSON, discriminated by {@code command}; see docs/contracts.md.
 *
 * <p>{@code backup_sessions_pool} may be absent or {@code null}, meaning no backups; unknown fields are ignored.
 */
public final class JsonMonitorCommandCodec implements Codec<MonitorCommand> {

    static final String START = "start_monitoring_chat";
    static final String STOP = "stop_monitoring_chat";
    static final String JOIN = "join_chat";
    static final String SWITCH = "switch_monitoring_source";

    @Override
    public MonitorCommand decode(String payload) {
        JsonFields json = JsonFields.parse(payload);
        String command = json.requiredText("command");
        return switch (command) {
            case START -> new StartMonitoringChat(commandId(json), ChatIdJson.read(json),
                    SessionJson.read(json.requiredObject("primary_session")),
                    SessionJson.readAll(json, "backup_sessions_pool"));
            case STOP -> new StopMonitoringChat(commandId(json), ChatIdJson.read(json));
            case JOIN -> new JoinChat(commandId(json), ChatIdJson.read(json),
                    SessionJson.read(json.requiredObject("session")));
            case SWITCH -> new SwitchMonitoringSource(commandId(json), ChatIdJson.read(json),
                    SessionJson.read(json.requiredObject("new_primary_session")),
                    SessionJson.readAll(json, "backup_sessions_pool"));
            default -> throw json.error("command", "must be one of " + String.join(", ", START, STOP, JOIN, SWITCH));
        };
    }

    @Override
    public String encode(MonitorCommand value) {
        ObjectNode node = SharedJson.object();
        node.put("command", name(value));
        value.commandId().ifPresent(id -> node.put("command_id", id));
        ChatIdJson.write(node, value.chatId());
        switch (value) {
            case StartMonitoringChat start -> {
                SessionJson.write(node.putObject("primary_session"), start.primarySession());
                SessionJson.writeAll(node.putArray("backup_sessions_pool"), start.backupSessionsPool());
            }
            case StopMonitoringChat stop -> {
                // chat_id says it all
            }
            case JoinChat join -> SessionJson.write(node.putObject("session"), join.session());
            case SwitchMonitoringSource change -> {
                SessionJson.write(node.putObject("new_primary_session"), change.newPrimarySession());
                SessionJson.writeAll(node.putArray("backup_sessions_pool"), change.backupSessionsPool());
            }
        }
        return SharedJson.write(node);
    }

    private static Optional<String> commandId(JsonFields json) {
        return json.optionalNonBlank("command_id");
    }

    private static String name(MonitorCommand command) {
        return switch (command) {
            case StartMonitoringChat start -> START;
            case StopMonitoringChat stop -> STOP;
            case JoinChat join -> JOIN;
            case SwitchMonitoringSource change -> SWITCH;
        };
    }
}
