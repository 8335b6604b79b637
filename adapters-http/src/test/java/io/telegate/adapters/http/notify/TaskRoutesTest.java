package io.telegate.adapters.http.notify;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.telegate.adapters.http.HttpServer;
import io.telegate.adapters.http.HttpServerConfig;
import io.telegate.ports.model.notify.AttemptOutcome;
import io.telegate.ports.model.notify.DeliveryAttempt;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.model.notify.TaskQuery;
import io.telegate.ports.model.notify.UnknownPolicy;
import io.telegate.testkit.metrics.InMemoryMetrics;
import io.telegate.testkit.time.MutableClock;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class TaskRoutesTest {

    private static final String SECRET = "a-development-secret-of-32-bytes!";
    private static final ObjectMapper JSON = new ObjectMapper();

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-07T10:00:00Z"));
    private final FakeNotifications notifications = new FakeNotifications(clock);
    private final HttpClient client = HttpClient.newHttpClient();
    private final String alice = DevTokens.issue(SECRET, "alice", clock.instant(), Duration.ofHours(1));
    private final String bob = DevTokens.issue(SECRET, "bob", clock.instant(), Duration.ofHours(1));
    private HttpServer server;

    @BeforeEach
    void startServer() {
        TaskRoutes routes = new TaskRoutes(notifications.useCases(), new JwtAuthenticator(JwtConfig.hmac(SECRET), clock));
        server = new HttpServer(new HttpServerConfig("127.0.0.1", 0, 4096), new InMemoryMetrics(), Set.of(),
                Set.of(routes)).start();
    }

    @AfterEach
    void stopServer() {
        server.stop();
    }

    @Test
    void creatingATaskAnswers201WithTheTaskAndWhereItLives() throws Exception {
        HttpResponse<String> response = send("POST", "/api/tasks/create", alice, """
                {"chat_id": 12345, "text": "Build 1432 is green", "parse_mode": "HTML", "silent": true,
                 "priority": "high", "bot": "alerts", "send_at": "2025-11-07T11:00:00+01:00",
                 "keyboard": [[{"text": "Open", "url": "https://ci.example.com/1432"},
                               {"text": "Ack", "callback_data": "ack:1432"}]]}""");

        assertThat(response.statusCode()).isEqualTo(201);
        JsonNode task = json(response);
        assertThat(response.headers().firstValue("Location")).hasValue("/api/tasks/" + task.get("task_id").asText());
        assertThat(task.get("status").asText()).isEqualTo("pending");
        assertThat(task.get("chat_id").asText()).isEqualTo("12345");
        assertThat(task.get("parse_mode").asText()).isEqualTo("HTML");
        assertThat(task.get("silent").asBoolean()).isTrue();
        assertThat(task.get("priority").asText()).isEqualTo("high");
        assertThat(task.get("bot").asText()).isEqualTo("alerts");
        assertThat(task.get("send_at").asText()).isEqualTo("2025-11-07T10:00:00Z");
        assertThat(task.get("keyboard").toString()).isEqualTo("[[{\"text\":\"Open\",\"url\":\"https://ci.example.com"
                + "/1432\"},{\"text\":\"Ack\",\"callback_data\":\"ack:1432\"}]]");
        assertThat(notifications.get("alice", task.get("task_id").asText())).get()
                .satisfies(stored -> assertThat(stored.tenant()).isEqualTo("alice"));
    }

    @Test
    void aRepeatedIdempotencyKeyAnswers200WithTheFirstTaskUnchanged() throws Exception {
        HttpResponse<String> first = send("POST", "/api/tasks/create", alice, "{\"chat_id\": \"1\", \"text\": \"a\"}",
                "Idempotency-Key", "deploy-77");
        HttpResponse<String> second = send("POST", "/api/tasks/create", alice,
                "{\"chat_id\": \"1\", \"text\": \"b\", \"idempotency_key\": \"deploy-77\"}");

        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(second.statusCode()).isEqualTo(200);
        assertThat(second.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(json(second).get("task_id")).isEqualTo(json(first).get("task_id"));
        assertThat(json(second).get("text").asText()).isEqualTo("a");
        assertThat(json(second).get("idempotency_key").asText()).isEqualTo("deploy-77");
    }

    @Test
    void aHeaderKeyAndABodyKeyThatDifferAreRefused() throws Exception {
        HttpResponse<String> response = send("POST", "/api/tasks/create", alice,
                "{\"chat_id\": \"1\", \"text\": \"a\", \"idempotency_key\": \"x\"}", "Idempotency-Key", "y");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(fields(response)).containsExactly("idempotency_key");
    }

    @Test
    void everyMalformedFieldIsListedInOneAnswer() throws Exception {
        HttpResponse<String> response = send("POST", "/api/tasks/create", alice, """
                {"chat_id": true, "text": 5, "priority": "urgent", "send_at": "tomorrow", "silent": "yes",
                 "keyboard": [[{"text": "no action"}], "not a row"], "on_unknown": "guess", "message": "typo"}""");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(fields(response)).containsExactlyInAnyOrder("chat_id", "text", "priority", "send_at", "silent",
                "keyboard[0][0]", "keyboard[1]", "on_unknown", "message");
        assertThat(json(response).get("status").asInt()).isEqualTo(422);
    }

    @Test
    void requiredFieldsAndTheBodyItselfAreChecked() throws Exception {
        assertThat(fields(send("POST", "/api/tasks/create", alice, "{}"))).containsExactly("chat_id", "text");
        assertThat(fields(send("POST", "/api/tasks/create", alice, "{not json"))).containsExactly("body");
        assertThat(fields(send("POST", "/api/tasks/create", alice, "[1, 2]"))).containsExactly("body");
        assertThat(fields(send("POST", "/api/tasks/create", alice, ""))).containsExactly("body");
    }

    @Test
    void theUseCasesOwnRulesComeBackAs422WithTheirFields() throws Exception {
        HttpResponse<String> response = send("POST", "/api/tasks/create", alice,
                "{\"chat_id\": \"@not-numeric\", \"text\": \"a\"}");

        assertThat(response.statusCode()).isEqualTo(422);
        assertThat(json(response).get("errors").get(0).get("reason").asText()).isEqualTo("must be a numeric chat id");
    }

    @Test
    void theUnknownPolicyOfATaskReachesTheUseCase() throws Exception {
        JsonNode task = json(send("POST", "/api/tasks/create", alice,
                "{\"chat_id\": \"1\", \"text\": \"a\", \"on_unknown\": \"resend\"}"));

        assertThat(notifications.policies).containsEntry(task.get("task_id").asText(), UnknownPolicy.RESEND);
    }

    @Test
    void aBodyOverTheServersLimitIs413() throws Exception {
        String text = "x".repeat(5_000);

        HttpResponse<String> response = send("POST", "/api/tasks/create", alice,
                "{\"chat_id\": \"1\", \"text\": \"" + text + "\"}");

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(notifications.list(TaskQuery.all("alice", 10)).tasks()).isEmpty();
    }

    @Test
    void withoutATokenEveryTaskEndpointIs401AndNamesTheBearerScheme() throws Exception {
        for (String[] endpoint : List.of(new String[] {"POST", "/api/tasks/create"},
                new String[] {"GET", "/api/tasks/list"}, new String[] {"GET", "/api/tasks/t-1"},
                new String[] {"GET", "/api/tasks/t-1/attempts"}, new String[] {"PATCH", "/api/tasks/t-1/update"},
                new String[] {"DELETE", "/api/tasks/t-1"}, new String[] {"POST", "/api/tasks/t-1/retry"})) {
            HttpResponse<String> response = send(endpoint[0], endpoint[1], null, "{}");

            assertThat(response.statusCode()).as(endpoint[0] + " " + endpoint[1]).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"telegate\"");
        }
    }

    @Test
    void badSignaturesAndExpiredTokensAre401WithInvalidToken() throws Exception {
        String forged = DevTokens.issue("another-secret-that-is-32-bytes!!", "alice", clock.instant(),
                Duration.ofHours(1));
        String expired = DevTokens.issue(SECRET, "alice", clock.instant().minus(Duration.ofHours(2)),
                Duration.ofHours(1));

        for (String token : List.of(forged, expired, "not-a-jwt")) {
            HttpResponse<String> response = send("GET", "/api/tasks/list", token, null);

            assertThat(response.statusCode()).isEqualTo(401);
            assertThat(response.headers().firstValue("WWW-Authenticate"))
                    .hasValue("Bearer realm=\"telegate\", error=\"invalid_token\"");
            assertThat(response.body()).doesNotContain(SECRET);
        }
    }

    @Test
    void anotherSubjectsTaskIsNotFoundOnEveryEndpoint() throws Exception {
        String id = created(alice, "{\"chat_id\": \"1\", \"text\": \"mine\"}");

        assertThat(send("GET", "/api/tasks/" + id, bob, null).statusCode()).isEqualTo(404);
        assertThat(send("GET", "/api/tasks/" + id + "/attempts", bob, null).statusCode()).isEqualTo(404);
        assertThat(send("PATCH", "/api/tasks/" + id + "/update", bob, "{\"text\": \"theirs\"}").statusCode())
                .isEqualTo(404);
        assertThat(send("DELETE", "/api/tasks/" + id, bob, null).statusCode()).isEqualTo(404);
        assertThat(send("POST", "/api/tasks/" + id + "/retry", bob, null).statusCode()).isEqualTo(404);
        assertThat(json(send("GET", "/api/tasks/list", bob, null)).get("tasks")).isEmpty();
        assertThat(json(send("GET", "/api/tasks/" + id, alice, null)).get("text").asText()).isEqualTo("mine");
    }

    @Test
    void anUnknownTaskIs404() throws Exception {
        HttpResponse<String> response = send("GET", "/api/tasks/nope", alice, null);

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(json(response).get("detail").asText()).isEqualTo("no task nope");
    }

    @Test
    void anUpdateChangesOnlyTheFieldsItNames() throws Exception {
        String id = created(alice, "{\"chat_id\": \"1\", \"text\": \"old\", \"parse_mode\": \"HTML\", "
                + "\"keyboard\": [[{\"text\": \"Ack\", \"callback_data\": \"a\"}]]}");

        HttpResponse<String> response = send("PATCH", "/api/tasks/" + id + "/update", alice,
                "{\"text\": \"new\", \"parse_mode\": null, \"keyboard\": [], \"priority\": \"low\"}");

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode task = json(response);
        assertThat(task.get("text").asText()).isEqualTo("new");
        assertThat(task.get("parse_mode").isNull()).isTrue();
        assertThat(task.get("keyboard")).isEmpty();
        assertThat(task.get("priority").asText()).isEqualTo("low");
        assertThat(task.get("chat_id").asText()).isEqualTo("1");
    }

    @Test
    void anUpdateMayNotTouchTheRecipientOrBeEmpty() throws Exception {
        String id = created(alice, "{\"chat_id\": \"1\", \"text\": \"old\"}");

        HttpResponse<String> moved = send("PATCH", "/api/tasks/" + id + "/update", alice,
                "{\"chat_id\": \"2\", \"text\": null}");
        HttpResponse<String> empty = send("PATCH", "/api/tasks/" + id + "/update", alice, "{}");

        assertThat(fields(moved)).containsExactlyInAnyOrder("chat_id", "text");
        assertThat(json(moved).get("errors").toString()).contains("cannot change");
        assertThat(fields(empty)).containsExactly("body");
    }

    @Test
    void aChangeTheTaskStateDoesNotAllowIs409WithThatState() throws Exception {
        String id = created(alice, "{\"chat_id\": \"1\", \"text\": \"a\"}");
        notifications.force(notifications.get("alice", id).orElseThrow(), NotificationStatus.SENDING);

        HttpResponse<String> update = send("PATCH", "/api/tasks/" + id + "/update", alice, "{\"text\": \"b\"}");
        HttpResponse<String> cancel = send("DELETE", "/api/tasks/" + id, alice, null);
        HttpResponse<String> retry = send("POST", "/api/tasks/" + id + "/retry", alice, null);

        for (HttpResponse<String> response : List.of(update, cancel, retry)) {
            assertThat(response.statusCode()).isEqualTo(409);
            assertThat(json(response).get("task_status").asText()).isEqualTo("sending");
        }
    }

    @Test
    void cancellingAPendingTaskAnswersTheCancelledTask() throws Exception {
        String id = created(alice, "{\"chat_id\": \"1\", \"text\": \"a\"}");

        HttpResponse<String> response = send("DELETE", "/api/tasks/" + id, alice, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asText()).isEqualTo("cancelled");
        assertThat(json(send("GET", "/api/tasks/" + id, alice, null)).get("status").asText()).isEqualTo("cancelled");
    }

    @Test
    void aFailedTaskIsReDriven() throws Exception {
        String id = created(alice, "{\"chat_id\": \"1\", \"text\": \"a\"}");
        notifications.force(notifications.get("alice", id).orElseThrow(), NotificationStatus.FAILED);

        HttpResponse<String> response = send("POST", "/api/tasks/" + id + "/retry", alice, null);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(json(response).get("status").asText()).isEqualTo("pending");
    }

    @Test
    void theListPagesThroughOwnTasksNewestFirstWithFilters() throws Exception {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(created(alice, "{\"chat_id\": \"" + (i % 2 == 0 ? "1" : "2") + "\", \"text\": \"n" + i + "\"}"));
            clock.advance(Duration.ofSeconds(1));
        }
        created(bob, "{\"chat_id\": \"1\", \"text\": \"not alice's\"}");

        JsonNode first = json(send("GET", "/api/tasks/list?limit=2", alice, null));
        JsonNode second = json(send("GET", "/api/tasks/list?limit=2&cursor=" + first.get("next_cursor").asText(),
                alice, null));
        JsonNode chatOne = json(send("GET", "/api/tasks/list?chat_id=1&created_from=2025-11-07T10:00:01Z", alice,
                null));

        assertThat(ids(first)).containsExactly(ids.get(4), ids.get(3));
        assertThat(ids(second)).containsExactly(ids.get(2), ids.get(1));
        assertThat(ids(chatOne)).containsExactly(ids.get(4), ids.get(2));
        assertThat(chatOne.get("next_cursor").isNull()).isTrue();
    }

    @Test
    void badListParametersAre422() throws Exception {
        HttpResponse<String> response = send("GET",
                "/api/tasks/list?status=lost&limit=0&created_before=yesterday", alice, null);

        assertThat(fields(response)).containsExactlyInAnyOrder("status", "limit", "created_before");
        assertThat(fields(send("GET", "/api/tasks/list?cursor=garbage", alice, null))).containsExactly("cursor");
    }

    @Test
    void theAttemptTimelineIsListedOldestFirst() throws Exception {
        String id = created(alice, "{\"chat_id\": \"1\", \"text\": \"a\"}");
        Instant t = clock.instant();
        notifications.attempts.put(id, List.of(
                DeliveryAttempt.undelivered(id, 1, 1, t, t.plusMillis(40), AttemptOutcome.RATE_LIMITED, "429: wait 3"),
                DeliveryAttempt.delivered(id, 2, 1, t.plusSeconds(3), t.plusSeconds(3), 77)));

        JsonNode timeline = json(send("GET", "/api/tasks/" + id + "/attempts", alice, null));

        assertThat(timeline.get("attempts")).hasSize(2);
        assertThat(timeline.get("attempts").get(0).get("outcome").asText()).isEqualTo("rate_limited");
        assertThat(timeline.get("attempts").get(0).get("error").asText()).isEqualTo("429: wait 3");
        assertThat(timeline.get("attempts").get(1).get("telegram_message_id").asLong()).isEqualTo(77);
    }

    @Test
    void storageThatIsBrieflyDownIs503WithRetryAfter() throws Exception {
        HttpResponse<String> response = send("POST", "/api/tasks/create", alice,
                "{\"chat_id\": \"1\", \"text\": \"db down\"}");

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.headers().firstValue("Retry-After")).hasValue("1");
        assertThat(response.body()).doesNotContain("connection refused");
    }

    @Test
    void theOpenApiDocumentIsServedWithoutATokenAndDescribesEveryRoute() throws Exception {
        HttpResponse<String> response = send("GET", "/openapi.json", null, null);

        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode document = json(response);
        assertThat(document.get("openapi").asText()).startsWith("3.");
        List<String> paths = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).containsExactlyInAnyOrder("/api/tasks/create", "/api/tasks/list", "/api/tasks/{task_id}",
                "/api/tasks/{task_id}/attempts", "/api/tasks/{task_id}/update", "/api/tasks/{task_id}/retry");
        assertThat(document.get("paths").get("/api/tasks/{task_id}").has("delete")).isTrue();
    }

    private String created(String token, String body) throws Exception {
        HttpResponse<String> response = send("POST", "/api/tasks/create", token, body);
        assertThat(response.statusCode()).isEqualTo(201);
        return json(response).get("task_id").asText();
    }

    private HttpResponse<String> send(String method, String path, String token, String body, String... headers)
            throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.baseUrl() + path))
                .method(method, body == null ? BodyPublishers.noBody() : BodyPublishers.ofString(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        if (headers.length > 0) {
            request.headers(headers);
        }
        return client.send(request.build(), BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static List<String> fields(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(422);
        List<String> fields = new ArrayList<>();
        json(response).get("errors").forEach(error -> fields.add(error.get("field").asText()));
        return fields;
    }

    private static List<String> ids(JsonNode page) {
        List<String> ids = new ArrayList<>();
        page.get("tasks").forEach(task -> ids.add(task.get("task_id").asText()));
        return ids;
    }
}
