package io.telegate.sandbox.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.telegate.ports.model.AccessLossReason;
import io.telegate.ports.model.ChatRef;
import io.telegate.ports.model.SessionDescriptor;
import io.telegate.ports.out.AccessLostException;
import io.telegate.ports.out.AccountSession;
import io.telegate.sandbox.TelegramSandbox;
import io.telegate.testkit.time.MutableClock;
import java.time.Instant;
import org.assertj.core.api.Assertions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ControlApiTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-09T12:00:00Z"));
    private final TelegramSandbox sandbox = TelegramSandbox.create(clock);
    private final SandboxHttpServer server = new SandboxHttpServer(sandbox, "127.0.0.1", 0).start();
    private final HttpProbe http = new HttpProbe(server.baseUrl());

    @AfterEach
    void stop() {
        server.close();
        sandbox.close();
    }

    @Test
    void chatsUsersAndMessagesAreCreatedAndReadBack() {
        long author = http.postJson("/sandbox/users", "{\"first_name\":\"Ann\",\"username\":\"ann_author\"}")
                .json().get("id").asLong();
        HttpProbe.Reply chat = http.postJson("/sandbox/chats",
                "{\"username\":\"ru_python\",\"title\":\"Python\",\"kind\":\"supergroup\",\"members\":[" + author + "]}");

        HttpProbe.Reply posted = http.postJson("/sandbox/chats/@ru_python/messages",
                "{\"from_id\":" + author + ",\"text\":\"see https://docs.python.org\",\"date\":\"2025-11-07T10:23:45Z\"}");
        HttpProbe.Reply read = http.get("/sandbox/chats/@ru_python/messages?limit=10");

        assertThat(chat.status()).isEqualTo(201);
        assertThat(chat.json().get("id").asLong()).isLessThan(-1_000_000_000_000L);
        assertThat(chat.json().get("invite_link").asText()).startsWith("https://t.me/+");
        JsonNode message = posted.json();
        assertThat(message.get("id").asLong()).isEqualTo(1);
        assertThat(message.get("date").asText()).isEqualTo("2025-11-07T10:23:45Z");
        assertThat(message.get("from_id").asLong()).isEqualTo(author);
        assertThat(message.get("chat").asText()).isEqualTo("@ru_python");
        assertThat(message.get("entities").get(0).get("type").asText()).isEqualTo("url");
        assertThat(message.get("entities").get(0).get("offset").asInt()).isEqualTo(4);
        assertThat(message.has("reply_to") && message.has("views") && message.has("forwards")
                && message.has("replies_count")).isTrue();
        assertThat(read.json()).hasSize(1);
        assertThat(read.json().get(0).get("text").asText()).isEqualTo("see https://docs.python.org");
    }

    @Test
    void sessionsAreIssuedRevokedAndFloodLimited() {
        long user = http.postJson("/sandbox/users", "{\"first_name\":\"Sam\"}").json().get("id").asLong();
        http.postJson("/sandbox/chats", "{\"username\":\"open_news\",\"title\":\"News\",\"kind\":\"channel\"}");
        JsonNode json = http.postJson("/sandbox/sessions", "{\"user_id\":" + user + "}").json();
        SessionDescriptor session = new SessionDescriptor(json.get("id").asText(), json.get("api_hash").asText(),
                json.get("session_string").asText());
        AccountSession connected = sandbox.userAccounts().connect(session);

        HttpProbe.Reply flood = http.postJson("/sandbox/sessions/" + session.id() + "/floodwait",
                "{\"seconds\":30,\"times\":1}");
        Assertions.assertThatThrownBy(() -> connected.resolve(ChatRef.parse("@open_news")))
                .hasMessageContaining("30 s");
        HttpProbe.Reply revoked = http.postJson("/sandbox/sessions/" + session.id() + "/revoke", "");

        assertThat(flood.status()).isEqualTo(200);
        assertThat(revoked.json().get("revoked").asBoolean()).isTrue();
        Assertions.assertThatThrownBy(() -> connected.resolve(ChatRef.parse("@open_news")))
                .isInstanceOfSatisfying(AccessLostException.class,
                        e -> assertThat(e.reason()).isEqualTo(AccessLossReason.AUTH_KEY_UNREGISTERED));
    }

    @Test
    void historyIsGeneratedAndGroupsMigrate() {
        http.postJson("/sandbox/chats", "{\"username\":\"gen_chat\",\"title\":\"Gen\",\"kind\":\"supergroup\"}");
        long group = http.postJson("/sandbox/chats", "{\"title\":\"Old group\",\"kind\":\"group\"}").json()
                .get("id").asLong();

        HttpProbe.Reply generated = http.postJson("/sandbox/generate",
                "{\"chat\":\"@gen_chat\",\"from\":\"2025-11-01\",\"to\":\"2025-11-05\",\"messages\":5000,\"seed\":4}");
        HttpProbe.Reply migrated = http.postJson("/sandbox/chats/" + group + "/migrate", "");

        assertThat(generated.json().get("generated").asLong()).isEqualTo(5000);
        assertThat(http.get("/sandbox/chats/@gen_chat/messages?limit=1").json().get(0).get("id").asLong())
                .isEqualTo(5000);
        assertThat(migrated.json().get("kind").asText()).isEqualTo("supergroup");
        assertThat(migrated.json().get("migrated_from_chat_id").asLong()).isEqualTo(group);
    }

    @Test
    void botsAreCreatedAddedToChatsBlockedAndAudited() {
        JsonNode bot = http.postJson("/sandbox/bots", "{\"username\":\"audit_bot\"}").json();
        String token = bot.get("token").asText();
        long user = http.postJson("/sandbox/users", "{\"first_name\":\"Una\"}").json().get("id").asLong();
        long channel = http.postJson("/sandbox/chats", "{\"username\":\"audit_news\",\"title\":\"News\","
                + "\"kind\":\"channel\"}").json().get("id").asLong();

        HttpProbe.Reply notMember = http.postJson("/bot" + token + "/sendMessage",
                "{\"chat_id\":\"@audit_news\",\"text\":\"post\"}");
        http.postJson("/sandbox/bots/" + token + "/members", "{\"chat\":\"@audit_news\"}");
        HttpProbe.Reply posted = http.postJson("/bot" + token + "/sendMessage",
                "{\"chat_id\":\"@audit_news\",\"text\":\"post\"}");
        http.postJson("/sandbox/users/" + user + "/block-bot", "{\"token\":\"" + token + "\"}");
        HttpProbe.Reply blocked = http.postJson("/bot" + token + "/sendMessage",
                "{\"chat_id\":" + user + ",\"text\":\"hi\"}");
        JsonNode sent = http.get("/sandbox/bots/" + token + "/sent").json();

        assertThat(bot.get("id").asLong()).isEqualTo(Long.parseLong(token.substring(0, token.indexOf(':'))));
        assertThat(token.substring(token.indexOf(':') + 1)).hasSize(35);
        assertThat(notMember.status()).isEqualTo(403);
        assertThat(posted.json().at("/result/chat/type").asText()).isEqualTo("channel");
        assertThat(posted.json().at("/result/sender_chat/id").asLong()).isEqualTo(channel);
        assertThat(blocked.status()).isEqualTo(403);
        assertThat(sent).hasSize(1);
        assertThat(sent.get(0).get("chat_id").asLong()).isEqualTo(channel);
        assertThat(sent.get(0).get("date").asText()).isEqualTo("2025-11-09T12:00:00Z");
        assertThat(http.get("/sandbox/chats/@audit_news/messages").json().get(0).get("views").isNumber()).isTrue();
    }

    @Test
    void badInputIsAnswered4xxWithAReason() {
        assertError(http.postJson("/sandbox/chats", "{not json"), 400, "JSON");
        assertError(http.postJson("/sandbox/chats", "{\"title\":\"x\",\"kind\":\"forum\"}"), 400, "kind");
        assertError(http.postJson("/sandbox/chats", "{\"kind\":\"group\"}"), 400, "title");
        assertError(http.postJson("/sandbox/chats/@nowhere_chat/messages", "{\"from_id\":1,\"text\":\"x\"}"), 404,
                "no chat");
        assertError(http.postJson("/sandbox/users", "{\"first_name\":\"A\",\"username\":\"x\"}"), 400, "username");
        assertError(http.postJson("/sandbox/sessions", "{\"user_id\":\"abc\"}"), 400, "user_id");
        assertError(http.postJson("/sandbox/sessions", "{\"user_id\":424242}"), 404, "no user");
        assertError(http.postJson("/sandbox/sessions/nope/revoke", ""), 404, "no session");
        assertError(http.get("/sandbox/chats/@nowhere_chat/messages?limit=ten"), 400, "limit");
        assertError(http.get("/sandbox/bots/not-a-token/sent"), 400, "bot token");
        assertError(http.get("/sandbox/nothing/here"), 404, "no such route");
        assertError(http.postJson("/sandbox/chats/@nowhere_chat/messages", "[1,2]"), 400, "JSON object");
        assertError(http.postJson("/sandbox/generate", "{\"chat\":\"x\",\"from\":\"yesterday\"}"), 400, "date");
    }

    private static void assertError(HttpProbe.Reply reply, int status, String reason) {
        assertThat(reply.status()).as(reply.json().toString()).isEqualTo(status);
        assertThat(reply.json().get("error").asText()).containsIgnoringCase(reason);
    }
}
