package io.telegate.core.notify;

import io.telegate.ports.model.bot.BotToken;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.notify.Notification;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/** One claimed task while a worker delivers it: the latest saved version, its bot, its parts and where they go. */
final class TaskRun {

    final BotToken token;
    final String botName;
    final List<String> parts;
    Notification task;
    String target;
    Instant attemptStartedAt;

    TaskRun(Notification task, BotToken token, String botName, String target) {
        this.task = task;
        this.token = token;
        this.botName = botName;
        this.parts = TextSplitter.split(task.request().message().text());
        this.target = target;
    }

    /** The transitions of the task as it is now. */
    NotificationTask transitions() {
        return NotificationTask.of(task);
    }

    long botId() {
        return token.botId();
    }

    /** The 1-based number of the part to send next. */
    int partNo() {
        return task.partsSent().size() + 1;
    }

    boolean isLastPart() {
        return partNo() >= parts.size();
    }

    /**
     * The next part as a message to the target chat: the reply goes with the first part, the keyboard with the last,
     * parse mode and silence with each.
     */
    OutgoingMessage nextMessage() {
        OutgoingMessage asked = task.request().message();
        int index = partNo() - 1;
        return new OutgoingMessage(target, parts.get(index), asked.parseMode(),
                isLastPart() ? asked.keyboard() : List.of(), asked.silent(),
                index == 0 ? asked.replyTo() : OptionalLong.empty());
    }

    /** The text with the token's value replaced by its masked form, for anything recorded or logged. */
    String redact(String text) {
        return text.replace(token.value(), token.toString());
    }
}
