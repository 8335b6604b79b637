package io.telegate.adapters.telegram.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.telegate.adapters.telegram.bot.ScriptedBotApi.Reply;
import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.out.BotApiException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** No failure says the token: not its message, its toString, its causes, nor its printed stack trace. */
class BotApiTokenSecrecyIT {

    private static final String SECRET = "SecrecySecretSecrecySecretSecrecy77";

    private final BotToken token = new BotToken("7000003:" + SECRET);
    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable resource : resources.reversed()) {
            resource.close();
        }
    }

    @Test
    void aProxyPageEchoingTheRequestPathIsUnauthorizedWithoutTheToken() throws Exception {
        ScriptedBotApi proxy = scripted(request -> new Reply(404, "text/html",
                "<pre>Cannot POST " + request.path() + "</pre>"));

        BotApiException failure = failureOf(proxy.config());

        assertThat(proxy.received().getFirst().path()).contains(SECRET);
        assertThat(failure.error()).isInstanceOf(BotApiError.Unauthorized.class);
        assertNoSecretIn(failure);
    }

    @Test
    void aDescriptionQuotingTheTokenShowsOnlyTheBotId() throws Exception {
        ScriptedBotApi api = scripted(request -> new Reply(400, "application/json",
                "{\"ok\":false,\"error_code\":400,\"description\":\"Bad Request: no bot " + token.value()
                        + " here, nor bot 123456:AnotherBotsSecretAnotherBotsSecret\"}"));

        BotApiException failure = failureOf(api.config());

        assertThat(failure.error()).isEqualTo(new BotApiError.BadRequest(
                "Bad Request: no bot 7000003:*** here, nor bot 123456:***"));
        assertNoSecretIn(failure);
    }

    @Test
    void transportFailuresDoNotShowTheToken() throws Exception {
        SilentServer silent = new SilentServer();
        resources.add(silent);

        BotApiException timedOut = failureOf(silent.config().withReadTimeout(Duration.ofMillis(200)));
        BotApiException refused = failureOf(BotApiConfig.defaults(URI.create("http://127.0.0.1:" + SilentServer.unusedPort())));

        assertNoSecretIn(timedOut);
        assertNoSecretIn(refused);
        assertThat(timedOut.getCause()).isNotNull();
    }

    private static void assertNoSecretIn(Throwable failure) {
        StringWriter printed = new StringWriter();
        failure.printStackTrace(new PrintWriter(printed));
        assertThat(printed.toString()).doesNotContain(SECRET).contains(failure.getMessage());
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            assertThat(cause.toString()).doesNotContain(SECRET);
            assertThat(String.valueOf(cause.getMessage())).doesNotContain(SECRET);
        }
        if (failure instanceof BotApiException botApi) {
            assertThat(botApi.error().toString()).doesNotContain(SECRET);
        }
    }

    private BotApiException failureOf(BotApiConfig config) {
        OkHttpClient http = BotApiHttpClients.create(config);
        resources.add(() -> BotApiHttpClients.shutdown(http));
        BotApiClient client = new BotApiClient(http, config);
        BotApiException failure = catchThrowableOfType(BotApiException.class,
                () -> client.sendMessage(token, OutgoingMessage.plain("-100123", "secret-free")));
        assertThat(failure).as("the call should have failed").isNotNull();
        return failure;
    }

    private ScriptedBotApi scripted(ScriptedBotApi.Script script) throws Exception {
        ScriptedBotApi server = new ScriptedBotApi(script);
        resources.add(server);
        return server;
    }
}
