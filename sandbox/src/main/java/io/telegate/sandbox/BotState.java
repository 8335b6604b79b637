package io.telegate.sandbox;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Everything the sandbox knows about one bot: its limits, dialogues, sent messages, callbacks and updates. */
final class BotState {

    final SandboxBot bot;
    final BotRateLimiter limiter;
    final UpdateFeed updates = new UpdateFeed();
    final Set<Long> blockedBy = ConcurrentHashMap.newKeySet();
    final Map<String, Boolean> callbacksAnswered = new ConcurrentHashMap<>();
    private final Map<Long, Long> dialogueIds = new HashMap<>();
    private final Map<String, SentBotMessage> sent = new LinkedHashMap<>();
    private final List<String> callbackAnswers = new ArrayList<>();
    private volatile WebhookPump webhook;
    private volatile Instant lastErrorDate;
    private volatile String lastErrorMessage;

    BotState(SandboxBot bot, BotRateLimiter limiter) {
        this.bot = bot;
        this.limiter = limiter;
    }

    /** The next message id in this bot's private dialogue with a user. */
    synchronized long nextDialogueId(long userId) {
        return dialogueIds.merge(userId, 1L, Long::sum);
    }

    synchronized boolean dialogueHas(long userId, long messageId) {
        return messageId >= 1 && messageId <= dialogueIds.getOrDefault(userId, 0L);
    }

    synchronized void record(SentBotMessage message) {
        sent.put(key(message.chatId(), message.messageId()), message);
    }

    synchronized Optional<SentBotMessage> sent(long chatId, long messageId) {
        return Optional.ofNullable(sent.get(key(chatId, messageId)));
    }

    synchronized List<SentBotMessage> sent() {
        return List.copyOf(sent.values());
    }

    synchronized void answered(String text) {
        callbackAnswers.add(text);
    }

    synchronized List<String> callbackAnswers() {
        return List.copyOf(callbackAnswers);
    }

    Optional<WebhookPump> webhook() {
        return Optional.ofNullable(webhook);
    }

    void webhook(WebhookPump pump) {
        WebhookPump previous = webhook;
        webhook = pump;
        if (previous != null) {
            previous.stop();
        }
    }

    void deliveryFailed(Instant when, String message) {
        lastErrorDate = when;
        lastErrorMessage = message;
    }

    WebhookInfo webhookInfo() {
        return new WebhookInfo(webhook().map(WebhookPump::url).orElse(""), updates.size(),
                Optional.ofNullable(lastErrorDate), Optional.ofNullable(lastErrorMessage));
    }

    private static String key(long chatId, long messageId) {
        return chatId + ":" + messageId;
    }
}
