package io.telegate.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.sandbox.SandboxChat;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.testkit.time.MutableClock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class BotApiHttpTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-09T12:00:00Z"));
    private final TelegramSandbox sandbox = TelegramSandbox.create(clock);
    private final SandboxHttpServer server = new SandboxHttpServer(sandbox, "127.0.0.1", 0).start();
    private final HttpProbe http = new HttpProbe(server.baseUrl());
    private final BotToken token = sandbox.createBot("wire_test_bot");
    private final long user = sandbox.createUser("Wire", "wire_user", null).id();

    @AfterEach
    void stop() {
        server.close();
        sandbox.close();
    }

    @Test
    void getMeAnswersInTheTelegramEnvelope() {
        HttpProbe.Reply reply = http.get(bot("getMe"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("ok").asBoolean()).isTrue();
        assertThat(reply.json().get("result").get("id").asLong()).isEqualTo(token.botId());
        assertThat(reply.json().get("result").get("is_bot").asBoolean()).isTrue();
        assertThat(reply.json().get("result").get("username").asText()).isEqualTo("wire_test_bot");
    }

    @Test
    void aLowercaseMethodWithFormParamsAndAStringChatIdSendsAMessage() {
        HttpProbe.Reply reply = http.postForm(bot("sendmessage"), Map.of("chat_id", Long.toString(user),
                "text", "<b>Hello</b> there", "parse_mode", "HTML"));

        JsonNode message = reply.json().get("result");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(message.get("message_id").asLong()).isEqualTo(1);
        assertThat(message.get("from").get("id").asLong()).isEqualTo(token.botId());
        assertThat(message.get("chat").get("id").asLong()).isEqualTo(user);
        assertThat(message.get("chat").get("type").asText()).isEqualTo("private");
        assertThat(message.get("chat").get("first_name").asText()).isEqualTo("Wire");
        assertThat(message.get("date").asLong()).isEqualTo(clock.instant().getEpochSecond());
        assertThat(message.get("text").asText()).isEqualTo("Hello there");
        assertThat(message.get("entities").get(0).get("type").asText()).isEqualTo("bold");
        assertThat(sandbox.sentBy(token)).hasSize(1);
    }

    @Test
    void multipartFormsCarryTheKeyboardAsAJsonString() {
        HttpProbe.Reply reply = http.postMultipart(bot("sendMessage"), Map.of("chat_id", Long.toString(user),
                "text", "Pick one", "reply_markup",
                "{\"inline_keyboard\":[[{\"text\":\"Yes\",\"callback_data\":\"yes\"}]]}"));

        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(200);
        assertThat(reply.json().at("/result/reply_markup/inline_keyboard/0/0/callback_data").asText())
                .isEqualTo("yes");
    }

    @Test
    void jsonBodiesAndQueryStringsWorkToo() {
        HttpProbe.Reply json = http.postJson(bot("sendMessage"),
                "{\"chat_id\":\"" + user + "\",\"text\":\"json body\"}");
        clock.advance(Duration.ofSeconds(1));
        HttpProbe.Reply query = http.get(bot("sendMessage") + "?chat_id=" + user + "&text=" + HttpProbe.encode("q s"));

        assertThat(json.json().at("/result/text").asText()).isEqualTo("json body");
        assertThat(query.json().at("/result/text").asText()).isEqualTo("q s");
        assertThat(query.json().at("/result/message_id").asLong()).isEqualTo(2);
    }

    @Test
    void theThirtyFirstMessageInOneSecondAndASecondOneToTheSameChatGet429() {
        List<Long> users = new ArrayList<>();
        for (int i = 0; i < 31; i++) {
            users.add(sandbox.createUser("Reader" + i, null, null).id());
        }
        for (int i = 0; i < 30; i++) {
            assertThat(send(users.get(i), "news").status()).isEqualTo(200);
        }

        HttpProbe.Reply overall = send(users.get(30), "news");
        HttpProbe.Reply sameChat = send(users.get(0), "again");

        for (HttpProbe.Reply limited : List.of(overall, sameChat)) {
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.json().get("ok").asBoolean()).isFalse();
            assertThat(limited.json().get("error_code").asInt()).isEqualTo(429);
            assertThat(limited.json().at("/parameters/retry_after").asInt()).isGreaterThanOrEqualTo(1);
            assertThat(limited.json().get("description").asText())
                    .isEqualTo("Too Many Requests: retry after " + limited.json().at("/parameters/retry_after").asInt());
        }
    }

    @Test
    void errorsCarryTelegramsCodesAndParameters() {
        SandboxChat group = sandbox.createChat(null, "Group", ChatKind.GROUP);
        sandbox.addBotToChat(token, Long.toString(group.id()));
        SandboxChat supergroup = sandbox.migrate(Long.toString(group.id()));
        long blocker = sandbox.createUser("Blocker", null, null).id();
        sandbox.blockBot(blocker, token);

        HttpProbe.Reply migrated = send(group.id(), "hi");
        HttpProbe.Reply forbidden = send(blocker, "hi");
        HttpProbe.Reply notFound = send(987_654_321L, "hi");
        HttpProbe.Reply empty = http.postForm(bot("sendMessage"), Map.of("chat_id", Long.toString(user)));
        HttpProbe.Reply unknownMethod = http.get(bot("sendTelepathy"));
        HttpProbe.Reply unknownToken = http.get("/bot" + token.botId() + ":NotTheSecret/getMe");

        assertThat(migrated.status()).isEqualTo(400);
        assertThat(migrated.json().at("/parameters/migrate_to_chat_id").asLong()).isEqualTo(supergroup.id());
        assertThat(forbidden.status()).isEqualTo(403);
        assertThat(forbidden.json().get("description").asText()).isEqualTo("Forbidden: bot was blocked by the user");
        assertThat(notFound.json().get("description").asText()).isEqualTo("Bad Request: chat not found");
        assertThat(empty.status()).isEqualTo(400);
        assertThat(empty.json().get("description").asText()).isEqualTo("Bad Request: message text is empty");
        assertThat(unknownMethod.status()).isEqualTo(404);
        assertThat(unknownMethod.json().get("description").asText()).isEqualTo("Not Found: method not found");
        assertThat(unknownToken.status()).isEqualTo(401);
        assertThat(unknownToken.json().get("description").asText()).isEqualTo("Unauthorized");
    }

    @Test
    void editsAndCallbackAnswersWorkOverTheWire() {
        long messageId = http.postJson(bot("sendMessage"), "{\"chat_id\":" + user + ",\"text\":\"Vote\","
                + "\"reply_markup\":{\"inline_keyboard\":[[{\"text\":\"Up\",\"callback_data\":\"up\"}]]}}")
                .json().at("/result/message_id").asLong();
        JsonNode update = http.postJson("/sandbox/bots/" + token.value() + "/updates",
                "{\"from_id\":" + user + ",\"callback_data\":\"up\",\"message_id\":" + messageId + "}").json();

        HttpProbe.Reply answered = http.postJson(bot("answerCallbackQuery"),
                "{\"callback_query_id\":\"" + update.at("/callback_query/id").asText() + "\",\"text\":\"Counted\"}");
        HttpProbe.Reply edited = http.postForm(bot("editMessageText"), Map.of("chat_id", Long.toString(user),
                "message_id", Long.toString(messageId), "text", "Vote closed"));

        assertThat(answered.json().get("result").asBoolean()).isTrue();
        assertThat(edited.json().at("/result/text").asText()).isEqualTo("Vote closed");
        assertThat(edited.json().at("/result/edit_date").isNumber()).isTrue();
        assertThat(http.get("/sandbox/bots/" + token.value() + "/sent").json().get(0).get("text").asText())
                .isEqualTo("Vote closed");
        assertThat(http.get("/sandbox/bots/" + token.value() + "/callback-answers").json().get(0).asText())
                .isEqualTo("Counted");
    }

    @Test
    void getUpdatesLongPollsUntilAUserWrites() throws Exception {
        CompletableFuture<HttpProbe.Reply> poll = CompletableFuture.supplyAsync(
                () -> http.get(bot("getUpdates") + "?timeout=20"));
        Thread.sleep(200);
        http.postJson("/sandbox/bots/" + token.value() + "/updates", "{\"from_id\":" + user + ",\"text\":\"/start\"}");

        JsonNode updates = poll.get().json().get("result");
        long nextOffset = updates.get(0).get("update_id").asLong() + 1;
        HttpProbe.Reply confirmed = http.get(bot("getUpdates") + "?offset=" + nextOffset);

        assertThat(updates).hasSize(1);
        assertThat(updates.get(0).at("/message/text").asText()).isEqualTo("/start");
        assertThat(updates.get(0).at("/message/from/id").asLong()).isEqualTo(user);
        assertThat(updates.get(0).at("/message/entities/0/type").asText()).isEqualTo("bot_command");
        assertThat(confirmed.json().get("result")).isEmpty();
    }

    private HttpProbe.Reply send(long chatId, String text) {
        return http.postForm(bot("sendMessage"), Map.of("chat_id", Long.toString(chatId), "text", text));
    }

    private String bot(String method) {
        return "/bot" + token.value() + "/" + method;
    }
}
