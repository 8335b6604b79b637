package io.telegate.core.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import io.telegate.ports.model.OutboundEvent;
import io.telegate.ports.model.bot.BotApiError;
import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationEvent;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.sandbox.SandboxChat;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NotificationEventsTest {

    private final NotifyWorld world = new NotifyWorld();
    private final SandboxChat alice = world.privateChat("alice");

    @Test
    void aDeliveredTaskIsAnnouncedOnceWithItsMessageIds() {
        Notification task = world.submit(alice.id(), "done");

        world.worker().runOnce();
        world.worker().runOnce();

        Notification delivered = world.task(task.id());
        assertThat(world.codec.of(task.id())).containsExactly(new NotificationEvent(task.id(), NotifyWorld.TENANT,
                NotificationStatus.DELIVERED, Long.toString(alice.id()), delivered.partsSent(), Optional.empty(),
                delivered.updatedAt()));
        assertThat(world.publisher.published()).extracting(OutboundEvent::type, OutboundEvent::key)
                .containsExactly(tuple("delivered", task.id()));
    }

    @Test
    void aFailedTaskIsAnnouncedWithItsError() {
        world.botApi.failNext(new BotApiError.BadRequest("Bad Request: message text is empty"));
        Notification task = world.submit(alice.id(), "x");

        world.worker().runOnce();

        assertThat(world.codec.of(task.id())).singleElement().satisfies(event -> {
            assertThat(event.status()).isEqualTo(NotificationStatus.FAILED);
            assertThat(event.error()).contains("bad_request: Bad Request: message text is empty");
            assertThat(event.telegramMessageIds()).isEmpty();
        });
        assertThat(world.publisher.published("failed")).hasSize(1);
    }

    @Test
    void aCancelledTaskIsAnnouncedByTheCancel() {
        Notification task = world.submit(alice.id(), "x");

        new CancelNotificationService(world.tasks, world.events, world.clock).cancel(NotifyWorld.TENANT, task.id());

        assertThat(world.codec.of(task.id())).singleElement().satisfies(event -> {
            assertThat(event.status()).isEqualTo(NotificationStatus.CANCELLED);
            assertThat(event.error()).isEmpty();
        });
        assertThat(world.publisher.published("cancelled")).hasSize(1);
    }

    @Test
    void anUnknownTaskIsAnnouncedWithWhyItIsUnknown() {
        world.botApi.loseReplyOfNext(new BotApiError.Transport("connection reset after write", true));
        Notification task = world.submit(alice.id(), "x");

        world.worker().runOnce();

        assertThat(world.publisher.published("unknown")).hasSize(1);
        assertThat(world.codec.of(task.id())).singleElement().satisfies(event -> assertThat(event.error())
                .contains("transport: connection reset after write (the message may have arrived)"));
    }

    @Test
    void statesOnTheWayArePublishedNothing() {
        world.botApi.failNext(new BotApiError.Transport("reset", false));
        world.submit(alice.id(), "x");

        world.worker().runOnce();

        assertThat(world.publisher.published()).isEmpty();
    }

    @Test
    void anEventTransportFailureDoesNotUndoTheDelivery() {
        world.publisher.failNext(1);
        Notification task = world.submit(alice.id(), "x");

        world.worker().runOnce();

        assertThat(world.task(task.id()).status()).isEqualTo(NotificationStatus.DELIVERED);
        assertThat(world.publisher.published()).isEmpty();
        assertThat(world.sentTo(alice.id())).hasSize(1);
    }

    @Test
    void eachFinalStateHasItsOwnEventType() {
        List<String> types = List.of(NotificationStatus.values()).stream().filter(NotificationStatus::isFinal)
                .map(status -> status.name().toLowerCase()).toList();

        assertThat(types).containsExactly("delivered", "failed", "cancelled", "unknown");
    }
}
