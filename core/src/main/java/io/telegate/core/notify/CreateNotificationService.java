package io.telegate.core.notify;

import io.telegate.ports.in.CreateNotificationUseCase;
import io.telegate.ports.model.notify.CreateOutcome;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationRequest;
import io.telegate.ports.model.notify.UnknownPolicy;
import io.telegate.ports.out.TaskStore;
import java.time.Clock;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Validates a notification request and stores it as a pending task, once per idempotency key. */
public final class CreateNotificationService implements CreateNotificationUseCase {

    private static final Logger log = LoggerFactory.getLogger(CreateNotificationService.class);

    private final TaskStore tasks;
    private final NotificationValidator validator;
    private final UnknownPolicies unknownPolicies;
    private final Clock clock;
    private final Supplier<String> ids;

    /** Task ids are random UUIDs. */
    public CreateNotificationService(TaskStore tasks, NotificationValidator validator, UnknownPolicies unknownPolicies,
                                     Clock clock) {
        this(tasks, validator, unknownPolicies, clock, () -> UUID.randomUUID().toString());
    }

    public CreateNotificationService(TaskStore tasks, NotificationValidator validator, UnknownPolicies unknownPolicies,
                                     Clock clock, Supplier<String> ids) {
        this.tasks = tasks;
        this.validator = validator;
        this.unknownPolicies = unknownPolicies;
        this.clock = clock;
        this.ids = ids;
    }

    @Override
    public CreateOutcome create(NotificationRequest request, Optional<UnknownPolicy> onUnknown) {
        validator.validate(request);
        Notification fresh = NotificationTask.create(ids.get(), request, clock.instant());
        Notification stored = tasks.insert(fresh);
        if (!stored.id().equals(fresh.id())) {
            return new CreateOutcome.Duplicate(stored);
        }
        onUnknown.ifPresent(policy -> unknownPolicies.set(stored.id(), policy));
        log.info("task {} of {} accepted for chat {}, due {}", stored.id(), stored.tenant(),
                request.message().chatId(), stored.nextAttemptAt());
        return new CreateOutcome.Created(stored);
    }
}
