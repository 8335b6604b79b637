package io.telegate.adapters.http.notify;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.telegate.ports.model.FieldError;
import io.telegate.ports.model.bot.InlineButton;
import io.telegate.ports.model.bot.OutgoingMessage;
import io.telegate.ports.model.notify.DeliveryAttempt;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.TaskPage;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

/** What the task API answers, as JSON records; the field names are the wire format documented in openapi.json. */
final class TaskViews {

    private TaskViews() {
    }

    private record Task(String taskId, String status, String chatId, String text, String parseMode,
                        List<List<Button>> keyboard, boolean silent, Long replyTo, String sendAt, String priority,
                        String bot, String idempotencyKey, int attempts, List<Long> telegramMessageIds,
                        String lastError, String createdAt, String updatedAt, String nextAttemptAt) {
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    private record Button(String text, String url, String callbackData) {
    }

    private record Page(List<Task> tasks, String nextCursor) {
    }

    private record Attempt(int attemptNo, int partNo, String startedAt, String finishedAt, String outcome,
                           Long telegramMessageId, String error) {
    }

    private record Timeline(String taskId, List<Attempt> attempts) {
    }

    private record Problem(int status, String detail) {
    }

    private record Invalid(int status, String detail, List<FieldError> errors) {
    }

    private record Conflict(int status, String detail, String taskStatus) {
    }

    static Object task(Notification task) {
        OutgoingMessage message = task.request().message();
        return new Task(task.id(), lower(task.status()), message.chatId(), message.text(),
                message.parseMode().orElse(null), message.keyboard().stream().map(TaskViews::row).toList(),
                message.silent(), message.replyTo().isPresent() ? message.replyTo().getAsLong() : null,
                time(task.request().sendAt().orElse(null)), lower(task.request().priority()),
                task.request().bot().orElse(null), task.request().idempotencyKey().orElse(null), task.attempts(),
                task.partsSent(), task.lastError().orElse(null), time(task.createdAt()), time(task.updatedAt()),
                time(task.nextAttemptAt()));
    }

    static Object page(TaskPage page) {
        return new Page(page.tasks().stream().map(t -> (Task) task(t)).toList(), page.nextCursor().orElse(null));
    }

    static Object timeline(String taskId, List<DeliveryAttempt> attempts) {
        return new Timeline(taskId, attempts.stream().map(a -> new Attempt(a.attemptNo(), a.partNo(),
                time(a.startedAt()), time(a.finishedAt()), lower(a.outcome()),
                a.telegramMessageId().isPresent() ? a.telegramMessageId().getAsLong() : null,
                a.error().orElse(null))).toList());
    }

    static Object problem(int status, String detail) {
        return new Problem(status, detail);
    }

    static Object invalid(List<FieldError> errors) {
        return new Invalid(422, "the request is invalid", errors);
    }

    static Object conflict(String detail, Enum<?> taskStatus) {
        return new Conflict(409, detail, lower(taskStatus));
    }

    private static List<Button> row(List<InlineButton> buttons) {
        return buttons.stream().map(b -> new Button(b.text(), b.url().orElse(null), b.callbackData().orElse(null)))
                .toList();
    }

    private static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String time(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
