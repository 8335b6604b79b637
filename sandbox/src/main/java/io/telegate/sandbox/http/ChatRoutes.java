package io.telegate.sandbox.http;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.javalin.Javalin;
import io.javalin.http.Context;
import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.TelegramMessage;
import io.telegate.sandbox.SandboxChat;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.sandbox.wire.JsonFields;
import io.telegate.sandbox.wire.SandboxJson;
import java.time.Instant;
import java.time.LocalDate;

/** Control routes for chats: create, post, read, members, kick, migrate, generate history. */
final class ChatRoutes {

    private final TelegramSandbox sandbox;

    ChatRoutes(TelegramSandbox sandbox) {
        this.sandbox = sandbox;
    }

    void register(Javalin app) {
        app.post("/sandbox/chats", this::create);
        app.get("/sandbox/chats/{chat}", ctx -> ControlBody.reply(ctx, 200,
                ControlJson.chat(sandbox.chat(ctx.pathParam("chat")))));
        app.post("/sandbox/chats/{chat}/messages", this::post);
        app.get("/sandbox/chats/{chat}/messages", this::read);
        app.post("/sandbox/chats/{chat}/members", ctx -> {
            sandbox.addMember(ctx.pathParam("chat"), JsonFields.number(ControlBody.of(ctx), "user_id"));
            ControlBody.reply(ctx, 200, ControlJson.chat(sandbox.chat(ctx.pathParam("chat"))));
        });
        app.post("/sandbox/chats/{chat}/kick", ctx -> {
            sandbox.kick(ctx.pathParam("chat"), JsonFields.number(ControlBody.of(ctx), "user_id"));
            ControlBody.reply(ctx, 200, ControlJson.chat(sandbox.chat(ctx.pathParam("chat"))));
        });
        app.post("/sandbox/chats/{chat}/migrate", ctx -> {
            SandboxChat group = sandbox.chat(ctx.pathParam("chat"));
            SandboxChat supergroup = sandbox.migrate(ctx.pathParam("chat"));
            ControlBody.reply(ctx, 200, ControlJson.chat(supergroup).put("migrated_from_chat_id", group.id()));
        });
        app.post("/sandbox/generate", this::generate);
    }

    private void create(Context ctx) throws Exception {
        JsonNode body = ControlBody.of(ctx);
        ChatKind kind = kind(JsonFields.text(body, "kind"));
        String title = JsonFields.text(body, "title");
        String username = JsonFields.optText(body, "username").orElse(null);
        SandboxChat chat = kind == ChatKind.PRIVATE && body.has("members")
                ? sandbox.chat(Long.toString(onlyMember(body)))
                : sandbox.createChat(username, title, kind);
        if (kind != ChatKind.PRIVATE) {
            for (JsonNode member : body.path("members")) {
                sandbox.addMember(Long.toString(chat.id()), member.asLong());
            }
        }
        ControlBody.reply(ctx, 201, ControlJson.chat(chat));
    }

    private void post(Context ctx) throws Exception {
        JsonNode body = ControlBody.of(ctx);
        Instant date = JsonFields.optText(body, "date").map(Instant::parse).orElse(null);
        TelegramMessage message = sandbox.post(ctx.pathParam("chat"), JsonFields.number(body, "from_id"),
                JsonFields.text(body, "text"), date, JsonFields.optNumber(body, "reply_to").orElse(0));
        ControlBody.reply(ctx, 201, ControlJson.message(message));
    }

    private void read(Context ctx) {
        int limit = (int) number(ctx, "limit", 50);
        ArrayNode messages = SandboxJson.array();
        sandbox.messages(ctx.pathParam("chat"), limit, number(ctx, "before_id", 0))
                .forEach(message -> messages.add(ControlJson.message(message)));
        ControlBody.reply(ctx, 200, messages);
    }

    private void generate(Context ctx) throws Exception {
        JsonNode body = ControlBody.of(ctx);
        String chat = JsonFields.text(body, "chat");
        long generated = sandbox.generateHistory(chat, LocalDate.parse(JsonFields.text(body, "from")),
                LocalDate.parse(JsonFields.text(body, "to")), JsonFields.number(body, "messages"),
                JsonFields.optNumber(body, "seed").orElse(1));
        ControlBody.reply(ctx, 200, SandboxJson.object().put("chat", sandbox.chat(chat).ref())
                .put("generated", generated));
    }

    private static ChatKind kind(String kind) {
        try {
            return ChatKind.valueOf(kind.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind must be private, group, supergroup or channel, was '" + kind + "'");
        }
    }

    private static long onlyMember(JsonNode body) {
        JsonNode members = body.get("members");
        if (!members.isArray() || members.size() != 1) {
            throw new IllegalArgumentException("a private chat has exactly one member: the user");
        }
        return members.get(0).asLong();
    }

    private static long number(Context ctx, String name, long fallback) {
        String value = ctx.queryParam(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        if (!value.strip().matches("\\d{1,9}")) {
            throw new IllegalArgumentException("'" + name + "' must be a non-negative whole number");
        }
        return Long.parseLong(value.strip());
    }
}
