package io.telegate.apps.notifier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.telegate.adapters.http.notify.DevTokens;
import io.telegate.apps.runtime.config.Env;
import io.telegate.ports.model.OutboundEvent;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.sandbox.SandboxLimits;
import io.telegate.sandbox.SentBotMessage;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The notifier in this JVM on the real PostgreSQL (a schema of its own) and the sandbox's HTTP Bot API emulator,
 * through the real Bot API client, driven over HTTP with development tokens, as a client would.
 */
class NotifierApiIT {

    private static final Duration DELIVERY = Duration.ofSeconds(30);
    /** A bot the configuration names but Telegram does not know: its calls answer 401. */
    private static final BotToken GHOST = new BotToken("999999:ghost-token-secret-part-xyz");

    private static NotifierFixture fixture;
    private static MemoryNotifierComponent notifier;
    private static TaskApi api;
    private static BotToken defaultBot;
    private static BotToken alertsBot;

    private final String alice = NotifierFixture.token("alice");
    private final String bob = NotifierFixture.token("bob");

    @BeforeAll
    static void startNotifier() {
        fixture = new NotifierFixture(SandboxLimits.telegram());
        defaultBot = fixture.sandbox.createBot("notify_default_bot");
        alertsBot = fixture.sandbox.createBot("notify_alerts_bot");
        Map<String, String> env = fixture.env(Map.of("default", defaultBot, "alerts", alertsBot, "ghost", GHOST));
        env.put("NOTIFIER_DEFAULT_BOT", "default");
        notifier = DaggerMemoryNotifierComponent.factory().create(NotifierConfig.from(Env.of(env)), Clock.systemUTC());
        notifier.lifecycle().start();
        api = new TaskApi(notifier.httpServer().baseUrl());
    }

    @AfterAll
    static void stopNotifier() throws Exception {
        if (notifier != null) {
            notifier.lifecycle().stop();
        }
        if (fixture != null) {
            fixture.close();
        }
    }

    private static long newUser(String name) {
        return fixture.sandbox.createUser(name, null, null).id();
    }

    private static List<SentBotMessage> sentTo(BotToken bot, long chatId) {
        return fixture.sandbox.sentBy(bot).stream().filter(m -> m.chatId() == chatId).toList();
    }

    @Test
    void aCreatedTaskIsDeliveredWithTheTelegramMessageIdAndItsAttemptIsKept() {
        long chat = newUser("Ann");

        String id = api.create(alice, "{\"chat_id\": " + chat + ", \"text\": \"<b>Build 1432</b> is green\","
                + " \"parse_mode\": \"HTML\", \"keyboard\": [[{\"text\": \"Open\", \"url\": \"https://ci.example.com\"}]]}");
        JsonNode task = api.awaitFinal(alice, id, DELIVERY);

        assertThat(task.get("status").asText()).isEqualTo("delivered");
        List<SentBotMessage> sent = sentTo(defaultBot, chat);
        assertThat(sent).hasSize(1);
        assertThat(sent.getFirst().text()).isEqualTo("<b>Build 1432</b> is green");
        assertThat(sent.getFirst().parseMode()).contains("HTML");
        assertThat(sent.getFirst().keyboard()).hasSize(1);
        assertThat(task.get("telegram_message_ids").get(0).asLong()).isEqualTo(sent.getFirst().messageId());
        JsonNode attempts = api.attempts(alice, id);
        assertThat(attempts).hasSize(1);
        assertThat(attempts.get(0).get("outcome").asText()).isEqualTo("delivered");
        assertThat(attempts.get(0).get("telegram_message_id").asLong()).isEqualTo(sent.getFirst().messageId());
        assertThat(notifier.events().published("delivered")).extracting(OutboundEvent::key).contains(id);
    }

    @Test
    void aTextLongerThanOneMessageIsDeliveredInParts() {
        long chat = newUser("Long");
        String text = ("A paragraph of the release notes. ".repeat(60) + "\n\n").repeat(3);

        String id = api.create(alice, "{\"chat_id\": \"" + chat + "\", \"text\": \"" + text.replace("\n", "\\n")
                + "\"}");
        JsonNode task = api.awaitFinal(alice, id, DELIVERY);

        assertThat(task.get("status").asText()).isEqualTo("delivered");
        assertThat(task.get("telegram_message_ids")).hasSize(2);
        String delivered = String.join(" ", sentTo(defaultBot, chat).stream().map(SentBotMessage::text).toList());
        assertThat(delivered.replaceAll("\\s+", " ").strip()).isEqualTo(text.replaceAll("\\s+", " ").strip());
    }

    @Test
    void creatingWithTheSameKeyReturnsTheFirstTaskAndSendsOneMessage() throws Exception {
        long chat = newUser("Idem");
        String body = "{\"chat_id\": " + chat + ", \"text\": \"deploy 77 done\"}";
        List<HttpResponse<String>> answers = new ArrayList<>();
        try (ExecutorService clients = Executors.newFixedThreadPool(6)) {
            List<Future<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                calls.add(clients.submit(() -> api.send("POST", "/api/tasks/create", alice, body,
                        "Idempotency-Key", "deploy-77-" + chat)));
            }
            for (Future<HttpResponse<String>> call : calls) {
                answers.add(call.get());
            }
        }

        assertThat(answers).extracting(HttpResponse::statusCode).containsOnly(200, 201).containsOnlyOnce(201);
        assertThat(answers.stream().map(r -> TaskApi.json(r).get("task_id").asText()).distinct()).hasSize(1);
        String id = TaskApi.json(answers.getFirst()).get("task_id").asText();
        api.awaitFinal(alice, id, DELIVERY);
        HttpResponse<String> later = api.send("POST", "/api/tasks/create", alice,
                "{\"chat_id\": " + chat + ", \"text\": \"something else\", \"idempotency_key\": \"deploy-77-" + chat
                        + "\"}");
        assertThat(later.statusCode()).isEqualTo(200);
        assertThat(TaskApi.json(later).get("status").asText()).isEqualTo("delivered");
        assertThat(sentTo(defaultBot, chat)).extracting(SentBotMessage::text).containsExactly("deploy 77 done");
    }

    @Test
    void aCancelThatWinsTheRaceMeansNeverSentAndOneThatLosesIsA409() {
        List<String> ids = new ArrayList<>();
        List<Integer> answers = new ArrayList<>();
        List<Long> chats = new ArrayList<>();
        for (int i = 0; i < 24; i++) {
            long chat = newUser("Cancel " + i);
            chats.add(chat);
            // every third task waits an hour, so at least those cancels must win
            String sendAt = i % 3 == 0 ? ", \"send_at\": \"" + Instant.now().plus(Duration.ofHours(1)) + "\"" : "";
            String id = api.create(alice, "{\"chat_id\": " + chat + ", \"text\": \"cancel race " + i + "\"" + sendAt
                    + ", \"bot\": \"alerts\"}");
            ids.add(id);
            HttpResponse<String> cancel = api.send("DELETE", "/api/tasks/" + id, alice, null);
            answers.add(cancel.statusCode());
            if (cancel.statusCode() == 409) {
                assertThat(TaskApi.json(cancel).get("task_status").asText()).isIn("sending", "delivered");
            }
        }

        for (int i = 0; i < ids.size(); i++) {
            JsonNode task = api.awaitFinal(alice, ids.get(i), DELIVERY);
            List<SentBotMessage> sent = sentTo(alertsBot, chats.get(i));
            if (answers.get(i) == 200) {
                assertThat(task.get("status").asText()).isEqualTo("cancelled");
                assertThat(sent).as("a cancelled task is never sent").isEmpty();
            } else {
                assertThat(answers.get(i)).isEqualTo(409);
                assertThat(task.get("status").asText()).isEqualTo("delivered");
                assertThat(sent).extracting(SentBotMessage::text).containsExactly("cancel race " + i);
            }
        }
        assertThat(answers).contains(200);
    }

    @Test
    void anUpdateThatWinsTheRaceIsWhatIsSentAndOneThatLosesIsA409() {
        for (int i = 0; i < 16; i++) {
            long chat = newUser("Update " + i);
            String id = api.create(alice, "{\"chat_id\": " + chat + ", \"text\": \"old " + i + "\"}");
            HttpResponse<String> update = api.send("PATCH", "/api/tasks/" + id + "/update", alice,
                    "{\"text\": \"new " + i + "\"}");

            JsonNode task = api.awaitFinal(alice, id, DELIVERY);

            assertThat(task.get("status").asText()).isEqualTo("delivered");
            String expected = update.statusCode() == 200 ? "new " + i : "old " + i;
            assertThat(update.statusCode()).isIn(200, 409);
            assertThat(sentTo(defaultBot, chat)).extracting(SentBotMessage::text).containsExactly(expected);
        }
    }

    @Test
    void aSentTaskCanNeitherChangeNorBeCancelledAndStaysInTheAuditTrail() {
        long chat = newUser("Sent");
        String id = api.create(alice, "{\"chat_id\": " + chat + ", \"text\": \"already out\"}");
        api.awaitFinal(alice, id, DELIVERY);

        HttpResponse<String> update = api.send("PATCH", "/api/tasks/" + id + "/update", alice, "{\"text\": \"x\"}");
        HttpResponse<String> cancel = api.send("DELETE", "/api/tasks/" + id, alice, null);
        HttpResponse<String> retry = api.send("POST", "/api/tasks/" + id + "/retry", alice, null);

        for (HttpResponse<String> answer : List.of(update, cancel, retry)) {
            assertThat(answer.statusCode()).isEqualTo(409);
            assertThat(TaskApi.json(answer).get("task_status").asText()).isEqualTo("delivered");
        }
        assertThat(api.get(alice, id).get("status").asText()).isEqualTo("delivered");
        assertThat(sentTo(defaultBot, chat)).hasSize(1);
    }

    @Test
    void manyTasksToOnePrivateChatAreAllDeliveredAtLeastASecondApart() {
        long chat = newUser("Busy");
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            ids.add(api.create(alice, "{\"chat_id\": " + chat + ", \"text\": \"burst " + i + "\", \"bot\": "
                    + "\"alerts\"}"));
        }

        int rateLimited = 0;
        for (String id : ids) {
            assertThat(api.awaitFinal(alice, id, DELIVERY).get("status").asText()).isEqualTo("delivered");
            for (JsonNode attempt : api.attempts(alice, id)) {
                rateLimited += attempt.get("outcome").asText().equals("rate_limited") ? 1 : 0;
            }
        }

        List<SentBotMessage> sent = sentTo(alertsBot, chat);
        assertThat(sent).extracting(SentBotMessage::text).containsExactlyInAnyOrder(
                "burst 0", "burst 1", "burst 2", "burst 3", "burst 4", "burst 5");
        for (int i = 1; i < sent.size(); i++) {
            assertThat(Duration.between(sent.get(i - 1).date(), sent.get(i).date()))
                    .as("Telegram's clock, whole seconds").isGreaterThanOrEqualTo(Duration.ofSeconds(1));
        }
        System.out.printf("6 tasks to one private chat: delivered over %d s, %d attempt(s) answered 429%n",
                Duration.between(sent.getFirst().date(), sent.getLast().date()).toSeconds(), rateLimited);
    }

    @Test
    void aBotBlockedByTheUserFailsTheTaskWithTheReasonAndMarksTheRecipient() {
        long chat = newUser("Blocker");
        fixture.sandbox.blockBot(chat, defaultBot);

        String first = api.create(alice, "{\"chat_id\": " + chat + ", \"text\": \"you blocked me\"}");
        JsonNode failed = api.awaitFinal(alice, first, DELIVERY);
        String second = api.create(alice, "{\"chat_id\": " + chat + ", \"text\": \"still blocked?\"}");
        JsonNode skipped = api.awaitFinal(alice, second, DELIVERY);

        assertThat(failed.get("status").asText()).isEqualTo("failed");
        assertThat(failed.get("last_error").asText()).startsWith("forbidden").contains("blocked by the user");
        assertThat(api.attempts(alice, first).get(0).get("outcome").asText()).isEqualTo("failed");
        assertThat(skipped.get("status").asText()).isEqualTo("failed");
        assertThat(skipped.get("last_error").asText()).startsWith("recipient_unreachable");
        assertThat(api.attempts(alice, second)).isEmpty();
        assertThat(notifier.events().published("failed")).extracting(OutboundEvent::key).contains(first, second);

        HttpResponse<String> retry = api.send("POST", "/api/tasks/" + first + "/retry", alice, null);
        assertThat(retry.statusCode()).isEqualTo(200);
        assertThat(TaskApi.json(retry).get("status").asText()).isEqualTo("pending");
        JsonNode again = api.awaitFinal(alice, first, DELIVERY);
        assertThat(again.get("last_error").asText()).as("the mark was lifted and Telegram asked again")
                .startsWith("forbidden");
        assertThat(api.attempts(alice, first)).hasSize(2);
        assertThat(sentTo(defaultBot, chat)).isEmpty();
    }

    @Test
    void aRevokedBotTokenFailsTheTaskWithoutTheTokenEverShowing() {
        long chat = newUser("Ghosted");

        String id = api.create(alice, "{\"chat_id\": " + chat + ", \"text\": \"from a ghost\", \"bot\": \"ghost\"}");
        JsonNode task = api.awaitFinal(alice, id, DELIVERY);

        assertThat(task.get("status").asText()).isEqualTo("failed");
        assertThat(task.get("last_error").asText()).startsWith("unauthorized");
        String secret = GHOST.value().substring(GHOST.value().indexOf(':') + 1);
        assertThat(task.toString()).doesNotContain(secret);
        assertThat(api.attempts(alice, id).toString()).doesNotContain(secret);
        assertThat(notifier.events().published()).extracting(OutboundEvent::payload)
                .allSatisfy(payload -> assertThat(payload).doesNotContain(secret));
    }

    @Test
    void nobodySeesOrChangesAnotherSubjectsTasks() {
        long chat = newUser("Private");
        String id = api.create(alice, "{\"chat_id\": " + chat + ", \"text\": \"alice's\", \"send_at\": \""
                + Instant.now().plus(Duration.ofHours(1)) + "\"}");

        assertThat(api.send("GET", "/api/tasks/" + id, bob, null).statusCode()).isEqualTo(404);
        assertThat(api.send("GET", "/api/tasks/" + id + "/attempts", bob, null).statusCode()).isEqualTo(404);
        assertThat(api.send("PATCH", "/api/tasks/" + id + "/update", bob, "{\"text\": \"bob's\"}").statusCode())
                .isEqualTo(404);
        assertThat(api.send("DELETE", "/api/tasks/" + id, bob, null).statusCode()).isEqualTo(404);
        assertThat(api.send("POST", "/api/tasks/" + id + "/retry", bob, null).statusCode()).isEqualTo(404);
        assertThat(TaskApi.json(api.send("GET", "/api/tasks/list?chat_id=" + chat, bob, null)).get("tasks")).isEmpty();
        JsonNode own = TaskApi.json(api.send("GET", "/api/tasks/list?chat_id=" + chat, alice, null));
        assertThat(own.get("tasks")).hasSize(1);
        JsonNode task = api.get(alice, id);
        assertThat(task.get("text").asText()).isEqualTo("alice's");
        assertThat(task.get("status").asText()).isEqualTo("pending");
    }

    @Test
    void theListFiltersByStatusAndChatAndPagesWithACursor() {
        long chat = newUser("Lister");
        String later = Instant.now().plus(Duration.ofHours(2)).toString();
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(api.create(alice, "{\"chat_id\": " + chat + ", \"text\": \"page " + i + "\", \"send_at\": \""
                    + later + "\"}"));
        }
        api.send("DELETE", "/api/tasks/" + ids.get(0), alice, null);

        JsonNode first = TaskApi.json(api.send("GET", "/api/tasks/list?chat=" + chat + "&status=pending&limit=3",
                alice, null));
        JsonNode second = TaskApi.json(api.send("GET", "/api/tasks/list?chat=" + chat + "&status=pending&limit=3"
                + "&cursor=" + first.get("next_cursor").asText(), alice, null));
        JsonNode cancelled = TaskApi.json(api.send("GET", "/api/tasks/list?chat_id=" + chat + "&status=cancelled",
                alice, null));

        List<String> pending = new ArrayList<>();
        first.get("tasks").forEach(t -> pending.add(t.get("task_id").asText()));
        second.get("tasks").forEach(t -> pending.add(t.get("task_id").asText()));
        assertThat(pending).containsExactly(ids.get(4), ids.get(3), ids.get(2), ids.get(1));
        assertThat(second.get("next_cursor").isNull()).isTrue();
        assertThat(cancelled.get("tasks")).hasSize(1);
        assertThat(cancelled.get("tasks").get(0).get("task_id").asText()).isEqualTo(ids.get(0));
    }

    @Test
    void invalidInputIsA422ListingEveryField() {
        HttpResponse<String> rules = api.send("POST", "/api/tasks/create", alice, "{\"chat_id\": \"not a chat\","
                + " \"text\": \"" + "x".repeat(50_000) + "\", \"parse_mode\": \"BBCode\", \"bot\": \"nobody\"}");
        HttpResponse<String> shape = api.send("POST", "/api/tasks/create", alice,
                "{\"chat_id\": 1, \"text\": \"hi\", \"priority\": \"urgent\", \"silent\": \"loud\"}");

        assertThat(TaskApi.fields(rules)).containsExactlyInAnyOrder("chat_id", "text", "parse_mode", "bot");
        assertThat(TaskApi.fields(shape)).containsExactlyInAnyOrder("priority", "silent");
    }

    @Test
    void aBodyOverTheLimitIs413() {
        HttpResponse<String> response = api.send("POST", "/api/tasks/create", alice,
                "{\"chat_id\": 1, \"text\": \"" + "x".repeat(2 * 1024 * 1024) + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
    }

    @Test
    void missingBadAndExpiredTokensAre401WithTheBearerChallenge() {
        String expired = DevTokens.issue(NotifierFixture.SECRET, "alice",
                Instant.now().minus(Duration.ofHours(3)), Duration.ofHours(1));
        String forged = DevTokens.issue("some-other-secret-of-32-bytes-or-more",
                "alice", Instant.now(), Duration.ofHours(1));

        HttpResponse<String> none = api.send("GET", "/api/tasks/list", null, null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"telegate\"");
        for (String token : List.of(expired, forged, "garbage")) {
            HttpResponse<String> answer = api.send("POST", "/api/tasks/create", token, "{\"chat_id\": 1, \"text\": "
                    + "\"sneaky\"}");
            assertThat(answer.statusCode()).isEqualTo(401);
            assertThat(answer.headers().firstValue("WWW-Authenticate")).get().asString().contains("invalid_token");
        }
    }

    @Test
    void theOpenApiDocumentIsServed() {
        HttpResponse<String> response = api.send("GET", "/openapi.json", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = TaskApi.json(response);
        assertThat(document.get("openapi").asText()).startsWith("3.");
        assertThat(document.get("paths").has("/api/tasks/create")).isTrue();
        assertThat(api.send("GET", "/ready", null, null).body()).contains("\"database\"");
    }
}
