package io.telegate.sandbox;

import io.telegate.ports.model.ChatKind;
import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.OutgoingMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/**
 * The bots of the sandbox: the Bot API operations with their full Telegram results (the HTTP emulator and the
 * in-process port both use these), and the control operations that play the users' side. Thread-safe.
 */
public final class SandboxBots implements AutoCloseable {

    private final BotRegistry registry;
    private final BotSender sender;
    private final BotInbox inbox;
    private final Chats chats;
    private final Clock clock;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private volatile Duration webhookRetryPause = Duration.ofMillis(200);

    SandboxBots(BotRegistry registry, BotSender sender, BotInbox inbox, Chats chats, Clock clock) {
        this.registry = registry;
        this.sender = sender;
        this.inbox = inbox;
        this.chats = chats;
        this.clock = clock;
    }

    /** Registers a bot; a null token gets a fresh {@code <id>:<35 characters>} one, a null first name the username. */
    public SandboxBot create(String username, String firstName, BotToken token) {
        return registry.create(username, firstName, token);
    }

    /** {@code getMe}. */
    public SandboxBot profile(BotToken token) {
        return registry.authorize(token).bot;
    }

    /** {@code sendMessage}: fails with the Bot API's errors, including 429 beyond the limits. */
    public BotMessage send(BotToken token, OutgoingMessage message) {
        return sender.send(registry.authorize(token), message);
    }

    /** {@code editMessageText} of a message the bot sent. */
    public BotMessage edit(BotToken token, long chatId, long messageId, OutgoingMessage replacement) {
        return sender.edit(registry.authorize(token), chatId, messageId, replacement);
    }

    /** {@code answerCallbackQuery}. */
    public void answerCallback(BotToken token, String queryId, String text) {
        inbox.answer(registry.authorize(token), queryId, text);
    }

    /** {@code setWebhook}: an empty URL deletes the webhook; updates then go to the URL in order. */
    public void setWebhook(BotToken token, String url, Optional<String> secret, boolean dropPending) {
        BotState bot = registry.authorize(token);
        if (url.isBlank()) {
            deleteWebhook(token, dropPending);
            return;
        }
        URI uri = Webhooks.checkUrl(url);
        secret.ifPresent(Webhooks::checkSecret);
        if (dropPending) {
            bot.updates.clear();
        }
        bot.webhook(new WebhookPump(bot, uri, secret, http, clock, webhookRetryPause).start());
    }

    /** {@code deleteWebhook}: updates queue for {@code getUpdates} again. */
    public void deleteWebhook(BotToken token, boolean dropPending) {
        BotState bot = registry.authorize(token);
        bot.webhook(null);
        if (dropPending) {
            bot.updates.clear();
        }
    }

    /** {@code getWebhookInfo}. */
    public WebhookInfo webhookInfo(BotToken token) {
        return registry.authorize(token).webhookInfo();
    }

    /**
     * {@code getUpdates}: confirms updates below {@code offset}, then waits up to {@code timeout} for new ones.
     * Throws {@link IllegalStateException} while a webhook is set, as Telegram answers 409 then.
     */
    public List<BotUpdate> updates(BotToken token, long offset, int limit, Duration timeout)
            throws InterruptedException {
        BotState bot = registry.authorize(token);
        if (bot.webhook().isPresent()) {
            throw new IllegalStateException("Conflict: can't use getUpdates method while webhook is active; "
                    + "use deleteWebhook to delete the webhook first");
        }
        return bot.updates.poll(offset, Math.clamp(limit, 1, 100), timeout);
    }

    /** Control: everything the bot sent, in order, each in its latest edited form. */
    public List<SentBotMessage> sent(BotToken token) {
        return registry.require(token).sent();
    }

    /** Control: the texts the bot answered callback queries with, in order. */
    public List<String> callbackAnswers(BotToken token) {
        return registry.require(token).callbackAnswers();
    }

    /** Control: adds the bot to a group, supergroup or channel so it may write there. */
    public void addToChat(BotToken token, String chat) {
        ChatState state = chats.require(chat);
        if (state.kind == ChatKind.PRIVATE) {
            throw new IllegalArgumentException("bots talk to users directly; add them to groups or channels only");
        }
        state.bots.add(registry.require(token).bot.id());
    }

    /** Control: the user blocks the bot; its messages to them now fail with 403. */
    public void block(long userId, BotToken token) {
        registry.require(token).blockedBy.add(userId);
    }

    /** Control: a user writes {@code text} to the bot; the update goes to the webhook or to {@code getUpdates}. */
    public BotUpdate userWrites(BotToken token, long userId, String text) {
        return inbox.userWrites(registry.require(token), userId, text);
    }

    /** Control: a user presses the inline button with {@code data} under a message the bot sent them. */
    public BotUpdate userPresses(BotToken token, long userId, long messageId, String data) {
        return inbox.userPresses(registry.require(token), userId, messageId, data);
    }

    /** How long the first webhook retry waits (it doubles each time); tests shorten it. */
    public void webhookRetryPause(Duration pause) {
        webhookRetryPause = pause;
    }

    /** Stops every webhook delivery. */
    @Override
    public void close() {
        registry.all().forEach(bot -> bot.webhook(null));
        http.close();
    }
}
