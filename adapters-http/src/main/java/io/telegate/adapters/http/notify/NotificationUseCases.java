package io.telegate.adapters.http.notify;

import io.telegate.ports.in.CancelNotificationUseCase;
import io.telegate.ports.in.CreateNotificationUseCase;
import io.telegate.ports.in.GetNotificationUseCase;
import io.telegate.ports.in.ListDeliveryAttemptsUseCase;
import io.telegate.ports.in.ListNotificationsUseCase;
import io.telegate.ports.in.RetryNotificationUseCase;
import io.telegate.ports.in.UpdateNotificationUseCase;
import java.util.Objects;

/** The notification use cases the task API drives, one per endpoint. */
public record NotificationUseCases(CreateNotificationUseCase create, GetNotificationUseCase get,
                                   ListNotificationsUseCase list, ListDeliveryAttemptsUseCase attempts,
                                   UpdateNotificationUseCase update, CancelNotificationUseCase cancel,
                                   RetryNotificationUseCase retry) {

    public NotificationUseCases {
        Objects.requireNonNull(create, "create");
        Objects.requireNonNull(get, "get");
        Objects.requireNonNull(list, "list");
        Objects.requireNonNull(attempts, "attempts");
        Objects.requireNonNull(update, "update");
        Objects.requireNonNull(cancel, "cancel");
        Objects.requireNonNull(retry, "retry");
    }
}
