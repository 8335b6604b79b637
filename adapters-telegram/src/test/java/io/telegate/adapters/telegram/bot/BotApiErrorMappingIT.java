package io.telegate.adapters.telegram.bot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import io.telegate.adapters.telegram.bot.ScriptedBotApi.Reply;
import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.bot.SentMessage;
import io.telegate.ports.out.BotApiException;
import io.telegate.testkit.fixtures.Concurrently;
import io.telegate.testkit.telegram.FixtureChat;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import okhttp3.OkHttpClient;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Telegram's answers and a proxy's become the port's closed set of errors, with Telegram's own words. */
class BotApiErrorMappingIT {

    private final SandboxBotApiServer telegram = new SandboxBotApiServer();
    private final List<AutoCloseable> resources = new ArrayList<>(List.of(telegram));
    private final BotApiClient client = client(telegram.config());

    @AfterEach
    void stop() throws Exception {
        for (AutoCloseable resource : resources.reversed()) {
            resource.close();
        }
    }

    @Test
    void aBurstOfThirtyOneMessagesGetsThirtyThroughAndOneRetryAfter() {
        BotToken bot = telegram.createBot("burst");
        List<Long> users = IntStream.range(0, 31).mapToObj(i -> telegram.createUser("Reader" + i)).toList();
        Queue<SentMessage> delivered = new ConcurrentLinkedQueue<>();
        Queue<BotApiError> refused = new ConcurrentLinkedQueue<>();

        Concurrently.run(31, i -> {
            try {
                delivered.add(client.sendMessage(bot, OutgoingMessage.plain(Long.toString(users.get(i)), "news")));
            } catch (BotApiException e) {
                refused.add(e.error());
            }
        });

        assertThat(delivered).hasSize(30);
        assertThat(refused).singleElement().isInstanceOfSatisfying(BotApiError.RetryAfter.class, wait -> {
            assertThat(wait.retryAfter()).isGreaterThanOrEqualTo(Duration.ofSeconds(1));
            assertThat(wait.description()).isEqualTo("Too Many Requests: retry after " + wait.retryAfter().toSeconds());
            assertThat(wait.retryable()).isTrue();
        });
    }

    @Test
    void aMigratedGroupNamesItsSupergroupAndTheMessageCanFollowIt() {
        BotToken bot = telegram.createBot("mover");
        FixtureChat group = telegram.createChat(ChatKind.GROUP, false, List.of());
        telegram.addBotToChat(bot, group.id());
        long supergroup = telegram.migrateToSupergroup(group.id());
        OutgoingMessage message = OutgoingMessage.plain(Long.toString(group.id()), "moved?");

        BotApiError error = errorOf(() -> client.sendMessage(bot, message));

        assertThat(error).isInstanceOfSatisfying(BotApiError.ChatMigrated.class, migrated -> {
            assertThat(migrated.newChatId()).isEqualTo(supergroup);
            assertThat(migrated.description()).startsWith("Bad Request:");
            assertThat(migrated.retryable()).isFalse();
        });
        long newChat = ((BotApiError.ChatMigrated) error).newChatId();
        assertThat(client.sendMessage(bot, message.to(Long.toString(newChat))).chatId()).isEqualTo(supergroup);
    }

    @Test
    void blockedMissingAndUnauthorizedKeepTelegramsWords() {
        BotToken bot = telegram.createBot("worded");
        long user = telegram.createUser("Blocker");
        telegram.blockBot(bot, user);

        assertThat(errorOf(() -> client.sendMessage(bot, OutgoingMessage.plain(Long.toString(user), "hi"))))
                .isEqualTo(new BotApiError.Forbidden("Forbidden: bot was blocked by the user"));
        assertThat(errorOf(() -> client.sendMessage(bot, OutgoingMessage.plain("987654321", "hi"))))
                .isEqualTo(new BotApiError.ChatNotFound("Bad Request: chat not found"));
        assertThat(errorOf(() -> client.getMe(new BotToken(bot.botId() + ":NotTheSecretNotTheSecret"))))
                .isEqualTo(new BotApiError.Unauthorized("Unauthorized"));
        assertThat(errorOf(() -> client.editMessageText(bot, user, 99, OutgoingMessage.plain("1", "x"))))
                .isEqualTo(new BotApiError.BadRequest("Bad Request: message to edit not found"));
    }

    @Test
    void aProxysErrorPageIsATransportFailureThatMayHaveArrived() throws Exception {
        ScriptedBotApi proxy = scripted(request -> new Reply(502, "text/html",
                "<html><body><h1>502 Bad Gateway</h1></body></html>"));

        BotApiError error = errorOf(() -> client(proxy.config()).getMe(telegram.createBot("proxied")));

        assertThat(error).isInstanceOfSatisfying(BotApiError.Transport.class, transport -> {
            assertThat(transport.mayHaveArrived()).isTrue();
            assertThat(transport.description()).contains("502");
        });
    }

    @Test
    void aServerErrorInTelegramsEnvelopeIsATransportFailureThatMayHaveArrived() throws Exception {
        ScriptedBotApi api = scripted(request -> new Reply(500, "application/json",
                "{\"ok\":false,\"error_code\":500,\"description\":\"Internal Server Error: restart\"}"));

        BotApiError error = errorOf(() -> client(api.config()).sendMessage(telegram.createBot("unlucky"),
                OutgoingMessage.plain("1", "hi")));

        assertThat(error).isEqualTo(new BotApiError.Transport("Internal Server Error: restart", true));
    }

    @Test
    void anAnswerThatIsNotTheEnvelopeIsATransportFailureThatMayHaveArrived() throws Exception {
        ScriptedBotApi api = scripted(request -> new Reply(200, "text/plain", "hello from a captive portal"));

        BotApiError error = errorOf(() -> client(api.config()).sendMessage(telegram.createBot("captive"),
                OutgoingMessage.plain("1", "hi")));

        assertThat(error).isInstanceOfSatisfying(BotApiError.Transport.class,
                transport -> assertThat(transport.mayHaveArrived()).isTrue());
    }

    @Test
    void aTooManyRequestsAnswerWaitsAsLongAsItSays() throws Exception {
        ScriptedBotApi api = scripted(request -> new Reply(429, "application/json",
                "{\"ok\":false,\"error_code\":429,\"description\":\"Too Many Requests: retry after 17\","
                        + "\"parameters\":{\"retry_after\":17}}"));

        BotApiError error = errorOf(() -> client(api.config()).sendMessage(telegram.createBot("flooded"),
                OutgoingMessage.plain("1", "hi")));

        assertThat(error).isEqualTo(new BotApiError.RetryAfter(Duration.ofSeconds(17),
                "Too Many Requests: retry after 17"));
    }

    private static BotApiError errorOf(ThrowingCallable call) {
        BotApiException failure = catchThrowableOfType(BotApiException.class, call);
        assertThat(failure).as("the call should have failed").isNotNull();
        return failure.error();
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
}
