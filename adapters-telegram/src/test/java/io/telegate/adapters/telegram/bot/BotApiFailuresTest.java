package io.telegate.adapters.telegram.bot;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.out.BotApiException;
import java.io.InterruptedIOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import org.junit.jupiter.api.Test;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.send.SendMessage;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/** The error table: Telegram's answers as the library parses them, and I/O failures before and after sending. */
class BotApiFailuresTest {

    private final BotToken token = new BotToken("5551234:TableSecretTableSecretTableSecret");

    @Test
    void tooManyRequestsWaitsForRetryAfterFromTheParametersOrTheDescription() {
        assertThat(answer(429, "Too Many Requests: retry after 35", "{\"retry_after\":35}"))
                .isEqualTo(new BotApiError.RetryAfter(Duration.ofSeconds(35), "Too Many Requests: retry after 35"));
        assertThat(answer(429, "Too Many Requests: retry after 8", null))
                .isEqualTo(new BotApiError.RetryAfter(Duration.ofSeconds(8), "Too Many Requests: retry after 8"));
        assertThat(answer(429, "Too Many Requests", null))
                .isEqualTo(new BotApiError.RetryAfter(Duration.ofSeconds(1), "Too Many Requests"));
    }

    @Test
    void fourHundredsAreSortedByParametersAndDescription() {
        assertThat(answer(400, "Bad Request: group chat was upgraded to a supergroup chat",
                "{\"migrate_to_chat_id\":-1001234567890}")).isEqualTo(new BotApiError.ChatMigrated(-1001234567890L,
                "Bad Request: group chat was upgraded to a supergroup chat"));
        assertThat(answer(400, "Bad Request: chat not found", null))
                .isEqualTo(new BotApiError.ChatNotFound("Bad Request: chat not found"));
        assertThat(answer(400, "Bad Request: can't parse entities", null))
                .isEqualTo(new BotApiError.BadRequest("Bad Request: can't parse entities"));
        assertThat(answer(409, "Conflict: terminated by other getUpdates request", null))
                .isEqualTo(new BotApiError.BadRequest("Conflict: terminated by other getUpdates request"));
    }

    @Test
    void forbiddenUnauthorizedAndServerErrorsKeepTheirDescriptions() {
        assertThat(answer(403, "Forbidden: user is deactivated", null))
                .isEqualTo(new BotApiError.Forbidden("Forbidden: user is deactivated"));
        assertThat(answer(401, "Unauthorized", null)).isEqualTo(new BotApiError.Unauthorized("Unauthorized"));
        assertThat(answer(404, "Not Found", null)).isEqualTo(new BotApiError.Unauthorized("Not Found"));
        assertThat(answer(502, "Bad Gateway", null)).isEqualTo(new BotApiError.Transport("Bad Gateway", true));
    }

    @Test
    void anUnreadableAnswerMayHaveArrived() {
        TelegramApiRequestException unreadable = parse("<html>oops</html>");

        assertThat(BotApiFailures.error(unreadable, token)).isInstanceOfSatisfying(BotApiError.Transport.class,
                transport -> assertThat(transport.mayHaveArrived()).isTrue());
    }

    @Test
    void failuresBeforeTheConnectionWasOpenSentNothing() {
        for (Exception failure : new Exception[] {new ConnectException("Failed to connect to /127.0.0.1:9"),
                new UnknownHostException("api.telegram.invalid"), new SocketTimeoutException("Connect timed out")}) {
            assertThat(BotApiFailures.error(failure, token)).isInstanceOfSatisfying(BotApiError.Transport.class,
                    transport -> assertThat(transport.mayHaveArrived()).isFalse());
        }
    }

    @Test
    void failuresAfterTheConnectionWasOpenMayHaveArrivedEvenWhenWrappedByTheCallTimeout() {
        SentRequestFailure readTimeout = new SentRequestFailure(new SocketTimeoutException("timeout"));
        InterruptedIOException callTimeout = new InterruptedIOException("timeout");
        callTimeout.initCause(new SentRequestFailure(new InterruptedIOException("Canceled")));

        for (Exception failure : new Exception[] {readTimeout, callTimeout,
                new ExecutionException(readTimeout)}) {
            assertThat(BotApiFailures.translate(failure, token).error())
                    .isInstanceOfSatisfying(BotApiError.Transport.class,
                            transport -> assertThat(transport.mayHaveArrived()).isTrue());
        }
    }

    @Test
    void whatTheLibraryRefusesBeforeSendingIsABadRequest() {
        TelegramApiValidationException empty = new TelegramApiValidationException("Text parameter can't be empty",
                SendMessage.builder().chatId("1").text("").build());

        assertThat(BotApiFailures.refused(empty, token).error()).isInstanceOfSatisfying(
                BotApiError.BadRequest.class, bad -> assertThat(bad.description()).contains("can't be empty"));
        assertThat(BotApiFailures.refused(new TelegramApiException("Unable to execute sendmessage method"), token)
                .error()).isInstanceOf(BotApiError.BadRequest.class);
        assertThat(BotApiFailures.refused(new IllegalArgumentException("unexpected host"), token).error())
                .isInstanceOf(BotApiError.BadRequest.class);
    }

    @Test
    void theTranslatedExceptionAndItsCausesNeverSayTheToken() {
        ConnectException failure = new ConnectException("Failed POST http://127.0.0.1/bot" + token.value() + "/getme");
        failure.initCause(new IllegalStateException("url %3A " + token.value().replace(":", "%3A")));

        BotApiException translated = BotApiFailures.translate(new ExecutionException(failure), token);

        for (Throwable cause = translated; cause != null; cause = cause.getCause()) {
            assertThat(cause.toString()).doesNotContain("TableSecret").contains("5551234");
        }
        assertThat(translated.getCause().getMessage()).startsWith("java.net.ConnectException: Failed POST");
        assertThat(translated.getCause().getStackTrace()).isEqualTo(failure.getStackTrace());
    }

    private BotApiError answer(int code, String description, String parameters) {
        String json = "{\"ok\":false,\"error_code\":" + code + ",\"description\":\"" + description + "\""
                + (parameters == null ? "" : ",\"parameters\":" + parameters) + "}";
        return BotApiFailures.error(parse(json), token);
    }

    private static TelegramApiRequestException parse(String answer) {
        try {
            new GetMe().deserializeResponse(answer);
        } catch (TelegramApiRequestException e) {
            return e;
        }
        throw new AssertionError("the answer parsed as a success: " + answer);
    }
}
