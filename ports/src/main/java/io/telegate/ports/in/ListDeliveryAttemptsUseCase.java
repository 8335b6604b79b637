package io.telegate.ports.in;

import io.telegate.ports.model.notify.DeliveryAttempt;
import java.util.List;
import java.util.Optional;

/** The timeline of a task's delivery attempts, oldest first; empty when the tenant has no such task. */
public interface ListDeliveryAttemptsUseCase {

    Optional<List<DeliveryAttempt>> attempts(String tenant, String taskId);
}
