package io.telegate.testkit.attempts;

import io.telegate.ports.out.DeliveryAttempts;

class InMemoryDeliveryAttemptsTest extends DeliveryAttemptsContract {

    @Override
    protected DeliveryAttempts newLog() {
        return new InMemoryDeliveryAttempts();
    }
}
