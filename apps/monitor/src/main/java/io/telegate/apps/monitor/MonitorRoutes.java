package io.telegate.apps.monitor;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.telegate.adapters.http.HttpRoutes;
import io.telegate.adapters.http.RouteRegistry;
import io.telegate.core.monitor.ChatStatus;
import io.telegate.core.monitor.MonitorManager;
import io.telegate.core.monitor.MonitorStatus;
import io.telegate.core.monitor.SessionStatus;
import io.telegate.ports.model.monitor.MonitorCommand;
import io.telegate.ports.out.Codec;
import io.telegate.ports.out.CommandQueue;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The monitor's HTTP face: {@code POST /api/monitor/commands} queues a seed 000 command (validated first: a broken
 * one gets a 422 naming the field), {@code GET /api/monitor/status} shows every chat and session this instance
 * handles, {@code GET /api/monitor/dead-letters} what was set aside. Session secrets never appear.
 */
final class MonitorRoutes implements HttpRoutes {

    private final CommandQueue queue;
    private final Codec<MonitorCommand> codec;
    private final MonitorManager manager;

    MonitorRoutes(CommandQueue queue, Codec<MonitorCommand> codec, MonitorManager manager) {
        this.queue = queue;
        this.codec = codec;
        this.manager = manager;
    }

    @Override
    public void register(RouteRegistry routes) {
        routes.post("/api/monitor/commands", this::submit);
        routes.get("/api/monitor/status", this::status);
        routes.get("/api/monitor/dead-letters", this::deadLetters);
    }

    private void submit(Context ctx) {
        MonitorCommand command = codec.decode(ctx.body());
        queue.submit(ctx.body());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("chat_id", command.chatId().text());
        body.put("command_id", command.commandId().orElse(null));
        body.put("status", "queued");
        ctx.status(HttpStatus.ACCEPTED).json(body);
    }

    private void status(Context ctx) {
        MonitorStatus status = manager.status();
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("owner", status.owner());
        body.put("chats", status.chats().stream().map(MonitorRoutes::chat).toList());
        body.put("sessions", status.sessions().stream().map(MonitorRoutes::session).toList());
        ctx.json(body);
    }

    private static Map<String, Object> chat(ChatStatus chat) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("chat_id", chat.chat());
        json.put("state", chat.phase().name().toLowerCase(Locale.ROOT));
        json.put("session_id", chat.sourceSessionId().orElse(null));
        json.put("last_message_id", chat.lastMessageId());
        json.put("sequence", chat.sequence());
        json.put("lost_sessions", chat.lostSessions());
        return json;
    }

    private static Map<String, Object> session(SessionStatus session) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("session_id", session.sessionId());
        json.put("state", session.state().name().toLowerCase(Locale.ROOT));
        json.put("reason", session.reason().orElse(null));
        json.put("cooling_until", session.coolingUntil().map(Object::toString).orElse(null));
        json.put("chats", session.chats());
        return json;
    }

    private void deadLetters(Context ctx) {
        int limit = ctx.queryParamAsClass("limit", Integer.class).check(n -> n > 0 && n <= 1000, "1..1000")
                .getOrDefault(50);
        ctx.json(queue.deadLetters(limit).stream()
                .map(d -> Map.of("reason", d.reason(), "at", d.at().toString()))
                .toList());
    }
}
