package io.telegate.adapters.telegram.bot;

import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.out.BotApiException;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.telegram.telegrambots.meta.api.objects.ResponseParameters;
import org.telegram.telegrambots.meta.exceptions.TelegramApiRequestException;
import org.telegram.telegrambots.meta.exceptions.TelegramApiValidationException;

/**
 * Translates what telegrambots-client and OkHttp throw into the port's closed set of {@link BotApiError}s, by
 * Telegram's error code and parameters, or by whether the request can have left this process. Every text is
 * redacted of the token, and so is the cause chain attached to the exception.
 */
final class BotApiFailures {

    private static final Pattern RETRY_AFTER = Pattern.compile("retry after (\\d+)");
    // Telegram always sends parameters.retry_after with a 429; this is only for an answer that lacks it.
    private static final Duration UNSTATED_RETRY_AFTER = Duration.ofSeconds(1);

    private BotApiFailures() {
    }

    static BotApiException translate(Throwable failure, BotToken token) {
        Throwable unwrapped = unwrap(failure);
        return new BotApiException(error(unwrapped, token), TokenRedaction.redact(unwrapped, token));
    }

    /** A call the library refused before anything was sent: a bad request, never worth repeating as it is. */
    static BotApiException refused(Exception failure, BotToken token) {
        BotApiError error = failure instanceof TelegramApiValidationException ? error(failure, token)
                : new BotApiError.BadRequest("the request could not be built: " + summary(failure, token));
        return new BotApiException(error, TokenRedaction.redact(failure, token));
    }

    static BotApiError error(Throwable failure, BotToken token) {
        if (failure instanceof TelegramApiValidationException invalid) {
            return new BotApiError.BadRequest(TokenRedaction.redact(
                    "Bad Request: " + invalid.getMessage() + " (refused before sending)", token));
        }
        if (failure instanceof TelegramApiRequestException answer) {
            Integer code = answer.getErrorCode();
            return code == null || code == 0
                    ? new BotApiError.Transport("the Bot API's answer is not its JSON envelope: "
                    + summary(failure, token), true)
                    : answered(code, answer, token);
        }
        if (causedBy(failure, SentRequestFailure.class)) {
            return new BotApiError.Transport("the Bot API call failed after the request was sent: "
                    + summary(failure, token), true);
        }
        if (failure instanceof IOException) {
            return new BotApiError.Transport("the Bot API is unreachable, nothing was sent: "
                    + summary(failure, token), false);
        }
        return new BotApiError.Transport("the Bot API call failed: " + summary(failure, token), true);
    }

    private static BotApiError answered(int code, TelegramApiRequestException answer, BotToken token) {
        String description = TokenRedaction.redact(answer.getApiResponse() != null ? answer.getApiResponse()
                : "HTTP " + code, token);
        ResponseParameters parameters = answer.getParameters();
        if (code == 429) {
            return new BotApiError.RetryAfter(retryAfter(parameters, description), description);
        }
        if (parameters != null && parameters.getMigrateToChatId() != null) {
            return new BotApiError.ChatMigrated(parameters.getMigrateToChatId(), description);
        }
        if (code == 403) {
            return new BotApiError.Forbidden(description);
        }
        if (code == 400 && description.toLowerCase(Locale.ROOT).contains("chat not found")) {
            return new BotApiError.ChatNotFound(description);
        }
        if (code == 401 || code == 404) {
            return new BotApiError.Unauthorized(description);
        }
        if (code >= 400 && code < 500) {
            return new BotApiError.BadRequest(description);
        }
        return new BotApiError.Transport(description, true);
    }

    private static Duration retryAfter(ResponseParameters parameters, String description) {
        if (parameters != null && parameters.getRetryAfter() != null) {
            return Duration.ofSeconds(Math.max(1, parameters.getRetryAfter()));
        }
        Matcher stated = RETRY_AFTER.matcher(description);
        return stated.find() ? Duration.ofSeconds(Math.max(1, Long.parseLong(stated.group(1))))
                : UNSTATED_RETRY_AFTER;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable current = failure;
        while ((current instanceof ExecutionException || current instanceof CompletionException)
                && current.getCause() != null) {
            current = current.getCause();
        }
        return current;
    }

    private static boolean causedBy(Throwable failure, Class<? extends Throwable> type) {
        return chain(failure).stream().anyMatch(type::isInstance);
    }

    /** The failure's class and message, and its innermost cause's when that is another one. */
    private static String summary(Throwable failure, BotToken token) {
        List<Throwable> chain = chain(failure).stream()
                .filter(cause -> !(cause instanceof SentRequestFailure)).toList();
        if (chain.isEmpty()) {
            return "";
        }
        Throwable outer = chain.getFirst();
        Throwable root = chain.getLast();
        String text = root == outer ? describe(outer) : describe(outer) + " (caused by " + describe(root) + ")";
        return TokenRedaction.redact(text, token);
    }

    private static String describe(Throwable failure) {
        return failure.getClass().getSimpleName() + ": " + failure.getMessage();
    }

    private static List<Throwable> chain(Throwable failure) {
        List<Throwable> chain = new ArrayList<>();
        for (Throwable cause = failure; cause != null && chain.size() < 16 && !chain.contains(cause);
             cause = cause.getCause()) {
            chain.add(cause);
        }
        return chain;
    }
}
