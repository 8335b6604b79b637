package io.telegate.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.sandbox.wire.JsonFields;
import io.telegate.sandbox.wire.SandboxJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;

/** Loads a seed file: users, then bots, then chats with their members, bots and history, then sessions. */
final class SeedLoader {

    private final SandboxWorld world;
    private final TelegramSandbox sandbox;

    SeedLoader(SandboxWorld world, TelegramSandbox sandbox) {
        this.world = world;
        this.sandbox = sandbox;
    }

    void load(InputStream json) {
        JsonNode root;
        try {
            root = SandboxJson.MAPPER.readTree(json);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("the seed is not valid JSON: " + e.getOriginalMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the seed", e);
        }
        JsonFields.object(root, "a seed");
        root.path("users").forEach(this::user);
        root.path("bots").forEach(this::bot);
        root.path("chats").forEach(chat -> new SeedChats(world, sandbox).chat(chat));
        root.path("sessions").forEach(this::session);
    }

    private void user(JsonNode user) {
        world.users.add(JsonFields.number(user, "id"), JsonFields.text(user, "first_name"),
                JsonFields.optText(user, "username"), JsonFields.optText(user, "phone"),
                JsonFields.optText(user, "password"), JsonFields.optText(user, "password_hint"));
    }

    private void bot(JsonNode bot) {
        Optional<BotToken> token = JsonFields.optText(bot, "token").map(BotToken::new);
        SandboxBot created = world.bots.create(JsonFields.text(bot, "username"),
                JsonFields.optText(bot, "first_name").orElse(null), token.orElse(null));
        BotState state = world.bots.byId(created.id()).orElseThrow();
        for (JsonNode user : bot.path("started_by")) {
            world.users.require(user.asLong());
            state.nextDialogueId(user.asLong());
        }
    }

    private void session(JsonNode session) {
        world.sessions.create(JsonFields.number(session, "user_id"), JsonFields.optText(session, "id").orElse(null),
                JsonFields.optText(session, "api_hash").orElse(null),
                JsonFields.optText(session, "session_string").orElse(null));
    }
}
