package io.telegate.adapters.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.javalin.http.BadRequestResponse;
import io.telegate.ports.model.HealthStatus;
import io.telegate.ports.out.HealthCheck;
import io.telegate.ports.out.InvalidPayloadException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;

class HttpServerTest {

    private final HttpClient client = HttpClient.newHttpClient();
    private final RecordingMetrics metrics = new RecordingMetrics();
    private HttpServer server;

    @AfterEach
    void stopServer() {
        if (server != null) {
            server.stop();
        }
    }

    private HttpServer start(Set<HealthCheck> checks, HttpRoutes... routes) {
        server = new HttpServer(new HttpServerConfig("127.0.0.1", 0, 1024), metrics, checks, Set.of(routes));
        return server.start();
    }

    private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
        return client.send(request.build(), BodyHandlers.ofString());
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create(server.baseUrl() + path));
    }

    private static HealthCheck check(String name, HealthStatus status) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public HealthStatus check() {
                return status;
            }
        };
    }

    @Test
    void healthAnswersUpAsJsonWhateverTheChecksSay() throws Exception {
        start(Set.of(check("db", HealthStatus.down("refused"))));

        HttpResponse<String> response = send(request("/health"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                type -> assertThat(type).startsWith("application/json"));
        assertThat(response.body()).isEqualTo("{\"status\":\"up\"}");
    }

    @Test
    void readyIsOkWithEveryCheckWhenAllAreUp() throws Exception {
        start(Set.of(check("redis", HealthStatus.up("PONG")), check("postgresql", HealthStatus.up("select 1"))));

        HttpResponse<String> response = send(request("/ready"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("{\"status\":\"up\",\"checks\":{"
                + "\"postgresql\":{\"status\":\"up\",\"detail\":\"select 1\"},"
                + "\"redis\":{\"status\":\"up\",\"detail\":\"PONG\"}}}");
    }

    @Test
    void readyIsUnavailableWhenOneCheckIsDown() throws Exception {
        start(Set.of(check("redis", HealthStatus.up("PONG")), check("rabbitmq", HealthStatus.down("refused"))));

        HttpResponse<String> response = send(request("/ready"));

        assertThat(response.statusCode()).isEqualTo(503);
        assertThat(response.body())
                .startsWith("{\"status\":\"down\",")
                .contains("\"rabbitmq\":{\"status\":\"down\",\"detail\":\"refused\"}");
    }

    @Test
    void metricsServeThePrometheusTextFormat() throws Exception {
        start(Set.of());

        HttpResponse<String> response = send(request("/metrics"));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type"))
                .hasValue("text/plain; version=0.0.4; charset=utf-8");
        assertThat(response.body()).isEqualTo(RecordingMetrics.SCRAPE);
    }

    @Test
    void contributedRoutesAreServedNextToTheBuiltInOnes() throws Exception {
        start(Set.of(), routes -> routes.post("/echo/{word}",
                ctx -> ctx.result(ctx.pathParam("word") + ":" + ctx.body())));

        HttpResponse<String> response = send(request("/echo/hello").POST(BodyPublishers.ofString("world")));

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).isEqualTo("hello:world");
    }

    @Test
    void anUnknownPathIsA404JsonError() throws Exception {
        start(Set.of());

        HttpResponse<String> response = send(request("/nope"));

        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.body()).startsWith("{\"status\":404,\"detail\":");
    }

    @Test
    void aKnownPathWithTheWrongMethodIsA405JsonErrorListingTheAllowedMethods() throws Exception {
        start(Set.of());

        HttpResponse<String> response = send(request("/health").DELETE());

        assertThat(response.statusCode()).isEqualTo(405);
        assertThat(response.body()).startsWith("{\"status\":405,\"detail\":");
        assertThat(response.headers().firstValue("Allow")).hasValue("GET");
    }

    @Test
    void aFailingHandlerIsA500WithoutTheExceptionMessage() throws Exception {
        start(Set.of(), routes -> routes.get("/boom", ctx -> {
            throw new IllegalStateException("jdbc:postgresql://db?password=hunter2");
        }));

        HttpResponse<String> response = send(request("/boom"));

        assertThat(response.statusCode()).isEqualTo(500);
        assertThat(response.body()).isEqualTo("{\"status\":500,\"detail\":\"Internal Server Error\"}");
    }

    @Test
    void clientErrorsFromHandlersKeepTheirStatusAndDetail() throws Exception {
        start(Set.of(), routes -> routes
                .get("/bad", ctx -> {
                    throw new BadRequestResponse("limit must be positive");
                })
                .post("/payload", ctx -> {
                    throw new InvalidPayloadException("chat", "must not be blank");
                }));

        HttpResponse<String> bad = send(request("/bad"));
        HttpResponse<String> payload = send(request("/payload").POST(BodyPublishers.ofString("{}")));

        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).isEqualTo("{\"status\":400,\"detail\":\"limit must be positive\"}");
        assertThat(payload.statusCode()).isEqualTo(422);
        assertThat(payload.body()).isEqualTo("{\"status\":422,\"detail\":\"chat: must not be blank\","
                + "\"errors\":[{\"field\":\"chat\",\"reason\":\"must not be blank\"}]}");
    }

    @Test
    void aBodyWithADeclaredLengthOverTheLimitIsA413() throws Exception {
        start(Set.of(), routes -> routes.post("/upload", ctx -> ctx.result("read " + ctx.body().length())));

        HttpResponse<String> response = send(request("/upload").POST(BodyPublishers.ofString("x".repeat(2048))));

        assertThat(response.statusCode()).isEqualTo(413);
        assertThat(response.body()).isEqualTo("{\"status\":413,\"detail\":\"request body exceeds 1024 bytes\"}");
    }

    @Test
    void aChunkedBodyOverTheLimitIsA413AndOneWithinItIsRead() throws Exception {
        start(Set.of(), routes -> routes.post("/upload", ctx -> ctx.result("read " + ctx.body().length())));

        HttpResponse<String> tooLarge = send(request("/upload")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[4096]))));
        HttpResponse<String> small = send(request("/upload")
                .POST(BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(new byte[1000]))));

        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(small.statusCode()).isEqualTo(200);
        assertThat(small.body()).isEqualTo("read 1000");
    }

    @Test
    void theRequestIdHeaderBecomesTheTraceIdInTheMdcAndIsEchoed() throws Exception {
        start(Set.of(), routes -> routes.get("/trace", ctx -> ctx.result(MDC.get("trace_id"))));

        HttpResponse<String> given = send(request("/trace").header("X-Request-Id", "req-42"));
        HttpResponse<String> generated = send(request("/trace"));

        assertThat(given.body()).isEqualTo("req-42");
        assertThat(given.headers().firstValue("X-Request-Id")).hasValue("req-42");
        assertThat(generated.body()).matches("[0-9a-f-]{36}");
        assertThat(generated.headers().firstValue("X-Request-Id")).hasValue(generated.body());
    }

    @Test
    void aRequestIdThatIsNotSaneIsReplaced() throws Exception {
        start(Set.of(), routes -> routes.get("/trace", ctx -> ctx.result(MDC.get("trace_id"))));

        HttpResponse<String> response = send(request("/trace").header("X-Request-Id", "a b\"c"));

        assertThat(response.body()).matches("[0-9a-f-]{36}");
    }

    @Test
    void everyRequestIsTimedByRouteTemplateAndStatus() throws Exception {
        start(Set.of(), routes -> routes.get("/tasks/{id}", ctx -> ctx.result("task")));

        send(request("/tasks/17"));
        send(request("/missing"));

        assertThat(metrics.recorded).contains(
                "telegate.http.server.requests method,GET,route,/tasks/{id},status,200",
                "telegate.http.server.requests method,GET,route,unmatched,status,404");
    }

    @Test
    void stopLetsARequestInFlightFinishThenRefusesConnections() throws Exception {
        CountDownLatch entered = new CountDownLatch(1);
        start(Set.of(), routes -> routes.get("/slow", ctx -> {
            entered.countDown();
            Thread.sleep(600);
            ctx.result("done");
        }));
        String baseUrl = server.baseUrl();
        CompletableFuture<HttpResponse<String>> inFlight =
                client.sendAsync(request("/slow").build(), BodyHandlers.ofString());
        assertThat(entered.await(5, TimeUnit.SECONDS)).isTrue();

        server.stop();

        HttpResponse<String> finished = inFlight.get(5, TimeUnit.SECONDS);
        assertThat(finished.statusCode()).isEqualTo(200);
        assertThat(finished.body()).isEqualTo("done");
        assertThatThrownBy(() -> HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(URI.create(baseUrl + "/health")).build(), BodyHandlers.ofString()))
                .isInstanceOf(ConnectException.class);
    }

    @Test
    void startingOnATakenPortFailsNamingThePort() {
        HttpServer first = start(Set.of());
        HttpServer second = new HttpServer(
                new HttpServerConfig("127.0.0.1", first.port(), 1024), metrics, Set.of(), Set.of());

        assertThatThrownBy(second::start)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("127.0.0.1:" + first.port());
    }
}
