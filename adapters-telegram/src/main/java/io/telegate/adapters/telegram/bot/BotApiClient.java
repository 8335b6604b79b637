package io.telegate.adapters.telegram.bot;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.bot.BotProfile;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.bot.SentMessage;
import io.telegate.ports.out.BotApi;
import io.telegate.ports.out.BotApiException;
import jakarta.inject.Inject;
import java.io.Serializable;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import okhttp3.OkHttpClient;
import org.telegram.telegrambots.client.okhttp.OkHttpTelegramClient;
import org.telegram.telegrambots.meta.TelegramUrl;
import org.telegram.telegrambots.meta.api.methods.GetMe;
import org.telegram.telegrambots.meta.api.methods.botapimethods.BotApiMethod;
import org.telegram.telegrambots.meta.api.objects.User;
import org.telegram.telegrambots.meta.api.objects.message.Message;
import org.telegram.telegrambots.meta.exceptions.TelegramApiException;

/**
 * The {@link BotApi} over HTTP with telegrambots-client: one library client per token, all on the one shared
 * OkHttp client, each call sent once (no retries, no rate limiting: the core owns both). Thread-safe.
 */
public final class BotApiClient implements BotApi {

    // OkHttp's call timeout ends every call; this only guards against a callback that never comes.
    private static final Duration CALLBACK_GRACE = Duration.ofSeconds(5);

    private final OkHttpClient http;
    private final TelegramUrl url;
    private final Duration callLimit;
    private final ObjectMapper json = new ObjectMapper();
    private final Map<BotToken, OkHttpTelegramClient> clients = new ConcurrentHashMap<>();
    private final BotApiCallSlots slots;

    @Inject
    public BotApiClient(@BotApiHttp OkHttpClient http, BotApiConfig config) {
        this.http = Objects.requireNonNull(http, "http client");
        this.url = config.telegramUrl();
        this.callLimit = config.callTimeout().plus(CALLBACK_GRACE);
        int running = Math.min(http.dispatcher().getMaxRequests(), http.dispatcher().getMaxRequestsPerHost());
        this.slots = new BotApiCallSlots(running, config.callTimeout());
    }

    /**
     * A client with its own OkHttp client built from the config, for tools and tests (apps inject the shared one);
     * its threads are daemons and end when idle.
     */
    public static BotApiClient create(BotApiConfig config) {
        return new BotApiClient(BotApiHttpClients.create(config), config);
    }

    @Override
    public BotProfile getMe(BotToken bot) {
        User me = call(bot, new GetMe());
        return new BotProfile(me.getId(), Objects.requireNonNullElse(me.getUserName(), ""),
                Objects.requireNonNullElse(me.getFirstName(), ""));
    }

    @Override
    public SentMessage sendMessage(BotToken bot, OutgoingMessage message) {
        return sent(call(bot, BotApiRequests.send(message)));
    }

    @Override
    public SentMessage editMessageText(BotToken bot, long chatId, long messageId, OutgoingMessage replacement) {
        Serializable result = call(bot, BotApiRequests.edit(chatId, messageId, replacement));
        if (result instanceof Message edited) {
            return sent(edited);
        }
        throw new BotApiException(new BotApiError.Transport(
                "editMessageText answered " + result + " instead of the edited message", true));
    }

    @Override
    public void answerCallbackQuery(BotToken bot, String callbackQueryId, String text) {
        call(bot, BotApiRequests.answer(callbackQueryId, text));
    }

    private <T extends Serializable> T call(BotToken bot, BotApiMethod<T> method) {
        CompletableFuture<T> answer = start(bot, method);
        try {
            return answer.get(callLimit.toMillis(), TimeUnit.MILLISECONDS);
        } catch (ExecutionException failure) {
            throw failed(bot, failure);
        } catch (TimeoutException e) {
            throw new BotApiException(new BotApiError.Transport(
                    "no answer from the Bot API within " + callLimit.toSeconds() + " s", true));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BotApiException(new BotApiError.Transport(
                    "interrupted while waiting for the Bot API; the request may have been sent", true));
        }
    }

    private <T extends Serializable> CompletableFuture<T> start(BotToken bot, BotApiMethod<T> method) {
        slots.enter();
        try {
            CompletableFuture<T> answer = client(bot).executeAsync(method);
            answer.whenComplete((result, failure) -> slots.leave());
            return answer;
        } catch (TelegramApiException | RuntimeException refused) {
            slots.leave();
            throw BotApiFailures.refused(refused, bot);
        }
    }

    private BotApiException failed(BotToken bot, ExecutionException failure) {
        BotApiException translated = BotApiFailures.translate(failure, bot);
        if (translated.error() instanceof BotApiError.Unauthorized) {
            clients.remove(bot);
        }
        return translated;
    }

    private OkHttpTelegramClient client(BotToken bot) {
        return clients.computeIfAbsent(bot, token -> new OkHttpTelegramClient(json, http, token.value(), url));
    }

    private static SentMessage sent(Message message) {
        if (message.getChat() == null || message.getMessageId() == null || message.getDate() == null) {
            throw new BotApiException(new BotApiError.Transport(
                    "the Bot API answered with a message lacking its chat, id or date", true));
        }
        return new SentMessage(message.getChatId(), message.getMessageId(), Instant.ofEpochSecond(message.getDate()));
    }
}
