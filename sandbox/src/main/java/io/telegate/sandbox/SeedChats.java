package io.telegate.sandbox;

import com.fasterxml.jackson.databind.JsonNode;
import io.telegate.ports.model.ChatKind;
import io.telegate.sandbox.wire.JsonFields;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Loads one chat of a seed: the chat, its members and bots, explicit messages and a generated history. */
final class SeedChats {

    private final SandboxWorld world;
    private final TelegramSandbox sandbox;

    SeedChats(SandboxWorld world, TelegramSandbox sandbox) {
        this.world = world;
        this.sandbox = sandbox;
    }

    void chat(JsonNode json) {
        ChatKind kind = kind(JsonFields.text(json, "kind"));
        ChatState chat = world.chats.create(JsonFields.optNumber(json, "id").orElse(0),
                JsonFields.optText(json, "username"), JsonFields.text(json, "title"), kind);
        json.path("members").forEach(member -> world.addMember(chat, member.asLong()));
        json.path("bots").forEach(bot -> chat.bots.add(world.bot(bot.asText()).bot.id()));
        List<JsonNode> messages = new ArrayList<>();
        json.path("messages").forEach(messages::add);
        messages.sort(Comparator.comparing(this::date));
        JsonNode generate = json.get("generate");
        Instant generateFrom = generate == null ? Instant.MAX : generateFrom(generate);
        messages.stream().filter(m -> date(m).isBefore(generateFrom)).forEach(m -> post(chat, m));
        if (generate != null) {
            generate(chat, generate);
        }
        messages.stream().filter(m -> !date(m).isBefore(generateFrom)).forEach(m -> post(chat, m));
    }

    static ChatKind kind(String kind) {
        try {
            return ChatKind.valueOf(kind.strip().toUpperCase());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind must be private, group, supergroup or channel, was '" + kind + "'");
        }
    }

    private void post(ChatState chat, JsonNode message) {
        chat.append(date(message), JsonFields.number(message, "from_id"),
                JsonFields.optNumber(message, "reply_to").orElse(0), JsonFields.text(message, "text"));
    }

    private Instant date(JsonNode message) {
        return JsonFields.optText(message, "date").map(Instant::parse).orElseGet(world.clock::instant);
    }

    private Instant generateFrom(JsonNode generate) {
        return from(generate).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    private LocalDate from(JsonNode generate) {
        if (generate.has("days")) {
            return today().minusDays(JsonFields.number(generate, "days"));
        }
        return LocalDate.parse(JsonFields.text(generate, "from"));
    }

    private void generate(ChatState chat, JsonNode generate) {
        LocalDate to = JsonFields.optText(generate, "to").map(LocalDate::parse).orElseGet(this::today);
        sandbox.generateHistory(Long.toString(chat.id), from(generate), to, JsonFields.number(generate, "messages"),
                JsonFields.optNumber(generate, "seed").orElse(1));
    }

    private LocalDate today() {
        return LocalDate.ofInstant(world.clock.instant(), ZoneOffset.UTC);
    }
}
