package io.telegate.adapters.telegram.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.telegate.adapters.telegram.bot.ScriptedBotApi.Reply;
import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.out.BotApiException;
import io.telegate.testkit.fixtures.Concurrently;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The transport: whether a failed request may have arrived, and how many requests are on the wire at once. */
class BotApiTransportIT {

    private final BotToken token = new BotToken("7000002:TransportSecretTransportSecret99");
    private final List<AutoCloseable> resources = new ArrayList<>();

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable resource : resources.reversed()) {
            resource.close();
        }
    }

    @Test
    void aServerThatIsDownFailsWithNothingSent() throws Exception {
        BotApiConfig config = BotApiConfig.defaults(URI.create("http://127.0.0.1:" + SilentServer.unusedPort()));

        BotApiException failure = failureOf(client(config), "anyone there?");

        assertThat(failure.error()).isInstanceOfSatisfying(BotApiError.Transport.class,
                transport -> assertThat(transport.mayHaveArrived()).isFalse());
        assertThat(failure.isTransient()).isTrue();
    }

    @Test
    void aServerThatNeverAnswersFailsAfterTheReadTimeoutWithTheRequestPossiblyDelivered() throws Exception {
        SilentServer silent = new SilentServer();
        resources.add(silent);
        BotApiConfig config = silent.config().withReadTimeout(Duration.ofMillis(300));

        BotApiException failure = failureOf(client(config), "hello?");

        assertThat(failure.error()).isInstanceOfSatisfying(BotApiError.Transport.class,
                transport -> assertThat(transport.mayHaveArrived()).isTrue());
        assertThat(silent.arrived()).startsWith("POST /bot").contains("/sendmessage").contains("hello?");
    }

    @Test
    void aCallTimeoutAfterTheRequestWasWrittenAlsoMayHaveArrived() throws Exception {
        SilentServer silent = new SilentServer();
        resources.add(silent);
        BotApiConfig config = silent.config().withCallTimeout(Duration.ofMillis(400));

        BotApiException failure = failureOf(client(config), "slow lane");

        assertThat(failure.error()).isInstanceOfSatisfying(BotApiError.Transport.class,
                transport -> assertThat(transport.mayHaveArrived()).isTrue());
    }

    @Test
    void sixtyFourSendsAreAllOnTheWireAtOnce() throws Exception {
        HeldAnswers held = new HeldAnswers(64, Duration.ofSeconds(60));
        ScriptedBotApi telegram = scripted(held);
        BotApiClient client = client(telegram.config());

        Concurrently.run(64, i -> client.sendMessage(token, OutgoingMessage.plain("-100123", "alert " + i)));

        assertThat(held.peak()).isEqualTo(64);
        assertThat(telegram.received()).hasSize(64);
    }

    @Test
    void theConfiguredLimitCapsRequestsInFlight() throws Exception {
        HeldAnswers held = new HeldAnswers(9, Duration.ofSeconds(2));
        ScriptedBotApi telegram = scripted(held);
        BotApiClient client = client(telegram.config().withMaxInFlight(8));

        Concurrently.run(9, i -> client.sendMessage(token, OutgoingMessage.plain("-100123", "alert " + i)));

        assertThat(held.peak()).isEqualTo(8);
        assertThat(telegram.received()).hasSize(9);
    }

    private BotApiException failureOf(BotApiClient client, String text) {
        BotApiException failure = catchThrowableOfType(BotApiException.class,
                () -> client.sendMessage(token, OutgoingMessage.plain("-100123", text)));
        assertThat(failure).as("the call should have failed").isNotNull();
        return failure;
    }

    private ScriptedBotApi scripted(ScriptedBotApi.Script script) throws Exception {
        ScriptedBotApi server = new ScriptedBotApi(script);
        resources.add(server);
        return server;
    }

    private BotApiClient client(BotApiConfig config) {
        OkHttpClient http = BotApiHttpClients.create(config);
        resources.add(() -> BotApiHttpClients.shutdown(http));
        return new BotApiClient(http, config);
    }

    /**
     * Holds every answer until {@code target} requests are in the server at once, or the guard ran out, and
     * records the most that ever were.
     */
    private static final class HeldAnswers implements ScriptedBotApi.Script {

        private final CountDownLatch together;
        private final Duration guard;
        private final AtomicInteger inFlight = new AtomicInteger();
        private final AtomicInteger peak = new AtomicInteger();

        HeldAnswers(int target, Duration guard) {
            this.together = new CountDownLatch(target);
            this.guard = guard;
        }

        @Override
        public Reply answer(ScriptedBotApi.Received request) throws InterruptedException {
            peak.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
            together.countDown();
            together.await(guard.toMillis(), TimeUnit.MILLISECONDS);
            inFlight.decrementAndGet();
            return Reply.json(ScriptedBotApi.sentMessage(-100123, 1, 1_748_779_200L));
        }

        int peak() {
            return peak.get();
        }
    }
}
