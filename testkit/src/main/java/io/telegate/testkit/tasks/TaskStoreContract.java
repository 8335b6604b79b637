package io.telegate.testkit.tasks;

import static io.telegate.testkit.fixtures.Notifications.pending;
import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.notify.Notification;
import io.telegate.ports.model.notify.NotificationStatus;
import io.telegate.ports.model.notify.Priority;
import io.telegate.ports.model.notify.TaskPage;
import io.telegate.ports.model.notify.TaskQuery;
import io.telegate.ports.out.TaskStore;
import io.telegate.testkit.fixtures.Concurrently;
import io.telegate.testkit.fixtures.Notifications;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The behaviour every {@link TaskStore} promises; an adapter's test extends this class and supplies a fresh,
 * empty store. Time enters only through the {@code now} given to {@code claimDue}, so no clock is needed.
 *
 * <p>Besides the port's Javadoc, this suite fixes these rules:
 * <ul>
 *   <li>{@code insert} stores the task exactly as given (any status); a repeated idempotency key returns the
 *       task as it is stored now and changes nothing.</li>
 *   <li>{@code list} filters by status, chat, {@code createdFrom} (inclusive) and {@code createdBefore}
 *       (exclusive); pages are newest first, a cursor is present only when another task follows, and paging
 *       visits every matching task exactly once even when newer tasks arrive between pages.</li>
 *   <li>{@code claimDue} orders by priority ({@code HIGH}, {@code NORMAL}, {@code LOW}), then older
 *       {@code nextAttemptAt}, then older {@code createdAt}; the returned list is in that order. A claimed task
 *       is {@code SENDING} with the version after the stored one, its id, request, attempts and creation
 *       time unchanged. The lease runs from {@code now} for {@code lease}; saving the task while it stays
 *       {@code SENDING} does not end the lease. Final states are never claimed.</li>
 *   <li>{@code save} of an unknown task returns false.</li>
 * </ul>
 *
 * <p>Over 200 lines because one port gets one suite, which an adapter extends with a single class.
 */
public abstract class TaskStoreContract {

    private static final Instant T0 = Notifications.DEFAULT_CREATED_AT;
    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final String TENANT = "acme";

    private TaskStore store;

    /** A new, empty store; called before each test. */
    protected abstract TaskStore newStore();

    @BeforeEach
    void createStore() {
        store = newStore();
    }

    @Test
    void insertReturnsTheTaskAndFindShowsIt() {
        Notification task = pending(TENANT).withIdempotencyKey("k-1").withPriority(Priority.HIGH).build();

        assertThat(store.insert(task)).isEqualTo(task);
        assertThat(store.find(TENANT, task.id())).contains(task);
    }

    @Test
    void aSecondInsertWithTheSameIdempotencyKeyReturnsTheFirstTaskUnchanged() {
        Notification first = pending(TENANT).withIdempotencyKey("order-42").withText("first").build();
        Notification second = pending(TENANT).withIdempotencyKey("order-42").withText("second")
                .withCreatedAt(T0.plusSeconds(5)).build();
        store.insert(first);

        assertThat(store.insert(second)).isEqualTo(first);
        assertThat(store.find(TENANT, first.id())).contains(first);
        assertThat(store.find(TENANT, second.id())).isEmpty();
        assertThat(listAll(TaskQuery.all(TENANT, 10))).containsExactly(first);
    }

    @Test
    void aRepeatedIdempotencyKeyReturnsTheStoredTaskAsItIsNow() {
        Notification first = store.insert(pending(TENANT).withIdempotencyKey("order-7").build());
        Notification claimed = store.claimDue(T0, 1, "w1", LEASE).getFirst();

        Notification again = store.insert(pending(TENANT).withIdempotencyKey("order-7").build());

        assertThat(again).isEqualTo(claimed);
        assertThat(again.id()).isEqualTo(first.id());
        assertThat(store.find(TENANT, first.id())).contains(claimed);
    }

    @Test
    void theSameIdempotencyKeyInAnotherTenantMakesAnotherTask() {
        Notification ours = store.insert(pending(TENANT).withIdempotencyKey("k").build());
        Notification theirs = pending("globex").withIdempotencyKey("k").build();

        assertThat(store.insert(theirs)).isEqualTo(theirs);
        assertThat(store.find("globex", theirs.id())).contains(theirs);
        assertThat(store.find(TENANT, ours.id())).contains(ours);
    }

    @Test
    void tasksWithoutIdempotencyKeyAreAllStored() {
        Notification one = store.insert(pending(TENANT).build());
        Notification two = store.insert(pending(TENANT).build());

        assertThat(listAll(TaskQuery.all(TENANT, 10))).containsExactlyInAnyOrder(one, two);
    }

    @Test
    void racingInsertsWithOneIdempotencyKeyStoreOneTask() {
        ConcurrentLinkedQueue<Notification> returned = new ConcurrentLinkedQueue<>();

        Concurrently.run(8, t -> returned.add(store.insert(pending(TENANT).withIdempotencyKey("once").build())));

        List<Notification> stored = listAll(TaskQuery.all(TENANT, 10));
        assertThat(stored).hasSize(1);
        assertThat(returned).hasSize(8).containsOnly(stored.getFirst());
    }

    @Test
    void findNeverShowsAnotherTenantsTask() {
        Notification theirs = store.insert(pending("globex").build());

        assertThat(store.find(TENANT, theirs.id())).isEmpty();
        assertThat(store.find("globex", theirs.id())).contains(theirs);
    }

    @Test
    void listNeverShowsAnotherTenantsTasks() {
        List<Notification> ours = insertCreatedSecondsApart(TENANT, 4);
        insertCreatedSecondsApart("globex", 5);

        assertThat(listAll(TaskQuery.all(TENANT, 3))).containsExactlyInAnyOrderElementsOf(ours);
    }

    @Test
    void listShowsNewestFirst() {
        List<Notification> tasks = insertCreatedSecondsApart(TENANT, 8);

        TaskPage page = store.list(TaskQuery.all(TENANT, 100));

        assertThat(page.tasks()).containsExactlyElementsOf(tasks.reversed());
        assertThat(page.nextCursor()).isEmpty();
    }

    @Test
    void listFiltersByStatus() {
        store.insert(pending(TENANT).build());
        Notification delivered = store.insert(pending(TENANT).withStatus(NotificationStatus.DELIVERED).build());
        store.insert(pending(TENANT).withStatus(NotificationStatus.FAILED).build());
        store.insert(pending("globex").withStatus(NotificationStatus.DELIVERED).build());

        assertThat(listAll(query(Optional.of(NotificationStatus.DELIVERED), Optional.empty(), Optional.empty(),
                Optional.empty(), 10))).containsExactly(delivered);
    }

    @Test
    void listFiltersByChat() {
        Notification toChat = store.insert(pending(TENANT).withChat("42").build());
        store.insert(pending(TENANT).withChat("43").build());
        store.insert(pending(TENANT).build());

        assertThat(listAll(query(Optional.empty(), Optional.of("42"), Optional.empty(), Optional.empty(), 10)))
                .containsExactly(toChat);
    }

    @Test
    void listFiltersByCreationFromInclusiveToExclusive() {
        List<Notification> tasks = insertCreatedSecondsApart(TENANT, 10);

        List<Notification> listed = listAll(query(Optional.empty(), Optional.empty(),
                Optional.of(tasks.get(3).createdAt()), Optional.of(tasks.get(7).createdAt()), 2));

        assertThat(listed).containsExactlyElementsOf(tasks.subList(3, 7).reversed());
    }

    @Test
    void pagingVisitsEveryTaskExactlyOnceNewestFirst() {
        List<Notification> tasks = new ArrayList<>();
        for (int i = 0; i < 23; i++) {
            // three tasks share each creation instant, so pages must break ties consistently
            tasks.add(store.insert(pending(TENANT).withCreatedAt(T0.plusSeconds(i / 3)).build()));
        }

        List<TaskPage> pages = pages(TaskQuery.all(TENANT, 5));
        List<Notification> visited = pages.stream().flatMap(p -> p.tasks().stream()).toList();

        assertThat(pages).hasSize(5);
        assertThat(visited).hasSize(23).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(tasks);
        assertThat(visited).isSortedAccordingTo(Comparator.comparing(Notification::createdAt).reversed());
    }

    @Test
    void aCursorIsGivenOnlyWhenAnotherTaskFollows() {
        insertCreatedSecondsApart(TENANT, 10);

        TaskPage first = store.list(TaskQuery.all(TENANT, 5));
        TaskPage second = store.list(TaskQuery.all(TENANT, 5).after(first.nextCursor().orElseThrow()));

        assertThat(first.tasks()).hasSize(5);
        assertThat(second.tasks()).hasSize(5);
        assertThat(second.nextCursor()).isEmpty();
        assertThat(store.list(TaskQuery.all(TENANT, 10)).nextCursor()).isEmpty();
        assertThat(store.list(TaskQuery.all("nobody", 10))).isEqualTo(new TaskPage(List.of(), Optional.empty()));
    }

    @Test
    void filtersHoldOnEveryPage() {
        List<Notification> wanted = new ArrayList<>();
        for (int i = 0; i < 30; i++) {
            Notifications task = pending(TENANT).withCreatedAt(T0.plusSeconds(i)).withChat(i % 3 == 0 ? "42" : "43");
            Notification stored = store.insert(task.build());
            if (i % 3 == 0) {
                wanted.add(stored);
            }
        }

        List<Notification> listed = listAll(query(Optional.empty(), Optional.of("42"), Optional.empty(),
                Optional.empty(), 3));

        assertThat(listed).containsExactlyElementsOf(wanted.reversed());
    }

    @Test
    void tasksCreatedWhilePagingDoNotDisturbLaterPages() {
        List<Notification> tasks = insertCreatedSecondsApart(TENANT, 12);
        TaskPage first = store.list(TaskQuery.all(TENANT, 5));

        for (int i = 0; i < 3; i++) {
            store.insert(pending(TENANT).withCreatedAt(T0.plusSeconds(100 + i)).build());
        }
        List<Notification> rest = listAll(TaskQuery.all(TENANT, 5).after(first.nextCursor().orElseThrow()));

        assertThat(first.tasks()).containsExactlyElementsOf(tasks.reversed().subList(0, 5));
        assertThat(rest).containsExactlyElementsOf(tasks.reversed().subList(5, 12));
    }

    @Test
    void claimTakesOnlyPendingTasksWhoseTimeHasCome() {
        Notification due = store.insert(pending(TENANT).withNextAttemptAt(T0.minusSeconds(1)).build());
        Notification dueNow = store.insert(pending(TENANT).withNextAttemptAt(T0).build());
        store.insert(pending(TENANT).withNextAttemptAt(T0.plusSeconds(1)).build());
        for (NotificationStatus status : List.of(NotificationStatus.DELIVERED, NotificationStatus.FAILED,
                NotificationStatus.CANCELLED, NotificationStatus.UNKNOWN)) {
            store.insert(pending(TENANT).withStatus(status).withNextAttemptAt(T0.minusSeconds(60)).build());
        }

        List<Notification> claimed = store.claimDue(T0, 100, "w1", LEASE);

        assertThat(claimed).extracting(Notification::id).containsExactlyInAnyOrder(due.id(), dueNow.id());
    }

    @Test
    void aClaimedTaskIsSendingWithTheNextVersion() {
        Notification task = store.insert(pending(TENANT).withAttempts(2).withVersion(4).build());

        Notification claimed = store.claimDue(T0, 1, "w1", LEASE).getFirst();

        assertThat(claimed.status()).isEqualTo(NotificationStatus.SENDING);
        assertThat(claimed.version()).isEqualTo(5);
        assertThat(claimed.id()).isEqualTo(task.id());
        assertThat(claimed.request()).isEqualTo(task.request());
        assertThat(claimed.attempts()).isEqualTo(2);
        assertThat(claimed.createdAt()).isEqualTo(task.createdAt());
        assertThat(store.find(TENANT, task.id())).contains(claimed);
    }

    @Test
    void claimOrdersByPriorityThenNextAttemptThenCreation() {
        List<Notification> expected = insertInClaimOrderShuffled();

        List<Notification> claimed = store.claimDue(T0, 100, "w1", LEASE);

        assertThat(claimed).extracting(Notification::id)
                .containsExactlyElementsOf(expected.stream().map(Notification::id).toList());
    }

    @Test
    void successiveSingleClaimsFollowTheClaimOrder() {
        List<Notification> expected = insertInClaimOrderShuffled();

        List<String> claimed = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            claimed.add(store.claimDue(T0, 1, "w1", LEASE).getFirst().id());
        }

        assertThat(claimed).containsExactlyElementsOf(expected.stream().map(Notification::id).toList());
        assertThat(store.claimDue(T0, 1, "w1", LEASE)).isEmpty();
    }

    @Test
    void claimTakesAtMostTheLimit() {
        insertCreatedSecondsApart(TENANT, 7);

        assertThat(store.claimDue(T0.plusSeconds(60), 3, "w1", LEASE)).hasSize(3);
        assertThat(store.claimDue(T0.plusSeconds(60), 3, "w2", LEASE)).hasSize(3);
        assertThat(store.claimDue(T0.plusSeconds(60), 3, "w3", LEASE)).hasSize(1);
        assertThat(store.claimDue(T0.plusSeconds(60), 3, "w4", LEASE)).isEmpty();
    }

    @Test
    void aLeasedTaskIsNotHandedOutAgainBeforeTheLeaseEnds() {
        store.insert(pending(TENANT).build());
        store.claimDue(T0, 10, "w1", LEASE);

        assertThat(store.claimDue(T0, 10, "w2", LEASE)).isEmpty();
        assertThat(store.claimDue(T0.plus(LEASE).minusSeconds(1), 10, "w2", LEASE)).isEmpty();
    }

    @Test
    void aSendingTaskWhoseLeaseExpiredCanBeClaimedAgain() {
        Notification task = store.insert(pending(TENANT).build());
        Notification first = store.claimDue(T0, 10, "w1", LEASE).getFirst();

        List<Notification> reclaimed = store.claimDue(T0.plus(LEASE).plusSeconds(1), 10, "w2", LEASE);

        assertThat(reclaimed).singleElement().satisfies(again -> {
            assertThat(again.id()).isEqualTo(task.id());
            assertThat(again.status()).isEqualTo(NotificationStatus.SENDING);
            assertThat(again.version()).isEqualTo(first.version() + 1);
        });
    }

    @Test
    void racingClaimersNeverGetTheSameTask() {
        List<String> ids = IntStream.range(0, 200)
                .mapToObj(i -> store.insert(pending(TENANT).withCreatedAt(T0.minusSeconds(i)).build()).id())
                .toList();
        ConcurrentLinkedQueue<String> claimed = new ConcurrentLinkedQueue<>();

        Concurrently.run(8, t -> {
            List<Notification> batch;
            do {
                batch = store.claimDue(T0, 5, "worker-" + t, LEASE);
                batch.forEach(task -> claimed.add(task.id()));
            } while (!batch.isEmpty());
        });

        assertThat(claimed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(ids);
    }

    @Test
    void saveWritesTheNextVersion() {
        Notification task = store.insert(pending(TENANT).build());
        Notification delivered = Notifications.from(task).nextVersion().withStatus(NotificationStatus.DELIVERED)
                .withPartsSent(777L).withUpdatedAt(T0.plusSeconds(3)).build();

        assertThat(store.save(delivered)).isTrue();
        assertThat(store.find(TENANT, task.id())).contains(delivered);
    }

    @Test
    void saveWithAStaleVersionReturnsFalseAndChangesNothing() {
        Notification task = store.insert(pending(TENANT).build());
        Notification winner = Notifications.from(task).nextVersion().withStatus(NotificationStatus.CANCELLED).build();
        Notification loser = Notifications.from(task).nextVersion().withStatus(NotificationStatus.DELIVERED).build();
        store.save(winner);

        assertThat(store.save(loser)).isFalse();
        assertThat(store.save(Notifications.from(winner).withLastError("same version").build())).isFalse();
        assertThat(store.save(Notifications.from(winner).withVersion(winner.version() + 2).build())).isFalse();
        assertThat(store.find(TENANT, task.id())).contains(winner);
    }

    @Test
    void saveOfAnUnknownTaskReturnsFalse() {
        assertThat(store.save(pending(TENANT).nextVersion().build())).isFalse();
        assertThat(listAll(TaskQuery.all(TENANT, 10))).isEmpty();
    }

    @Test
    void aWorkerWhoseLeaseWasTakenOverCannotSave() {
        store.insert(pending(TENANT).build());
        Notification byFirst = store.claimDue(T0, 1, "w1", LEASE).getFirst();
        Notification bySecond = store.claimDue(T0.plus(LEASE).plusSeconds(1), 1, "w2", LEASE).getFirst();

        boolean lateSave = store.save(Notifications.from(byFirst).nextVersion()
                .withStatus(NotificationStatus.DELIVERED).build());
        boolean currentSave = store.save(Notifications.from(bySecond).nextVersion()
                .withStatus(NotificationStatus.DELIVERED).build());

        assertThat(lateSave).isFalse();
        assertThat(currentSave).isTrue();
    }

    @Test
    void aSendingTaskSavedByItsWorkerStaysLeased() {
        store.insert(pending(TENANT).build());
        Notification claimed = store.claimDue(T0, 1, "w1", LEASE).getFirst();

        assertThat(store.save(Notifications.from(claimed).nextVersion().withPartsSent(101L).build())).isTrue();

        assertThat(store.claimDue(T0.plus(LEASE).minusSeconds(1), 1, "w2", LEASE)).isEmpty();
        assertThat(store.claimDue(T0.plus(LEASE).plusSeconds(1), 1, "w2", LEASE)).singleElement()
                .satisfies(again -> assertThat(again.partsSent()).containsExactly(101L));
    }

    @Test
    void aTaskSavedBackToPendingIsClaimableFromItsNextAttempt() {
        store.insert(pending(TENANT).build());
        Notification claimed = store.claimDue(T0, 1, "w1", LEASE).getFirst();
        Instant retryAt = T0.plusSeconds(300);

        store.save(Notifications.from(claimed).nextVersion().withStatus(NotificationStatus.PENDING).withAttempts(1)
                .withLastError("Too Many Requests: retry after 300").withNextAttemptAt(retryAt).build());

        assertThat(store.claimDue(retryAt.minusSeconds(1), 1, "w2", LEASE)).isEmpty();
        assertThat(store.claimDue(retryAt, 1, "w2", LEASE)).singleElement()
                .satisfies(again -> assertThat(again.attempts()).isEqualTo(1));
    }

    @Test
    void ofRacingSavesOfOneVersionExactlyOneWins() {
        Notification task = store.insert(pending(TENANT).build());
        ConcurrentLinkedQueue<Notification> winners = new ConcurrentLinkedQueue<>();

        Concurrently.run(8, t -> {
            Notification attempt = Notifications.from(task).nextVersion().withLastError("writer " + t).build();
            if (store.save(attempt)) {
                winners.add(attempt);
            }
        });

        assertThat(winners).hasSize(1);
        assertThat(store.find(TENANT, task.id())).contains(winners.peek());
    }

    /** Tasks due by T0 inserted in random order; returned in the order claimDue must hand them out. */
    private List<Notification> insertInClaimOrderShuffled() {
        Instant due = T0.minusSeconds(60);
        List<Notification> inOrder = List.of(
                pending(TENANT).withPriority(Priority.HIGH).withCreatedAt(T0.minusSeconds(500)).build(),
                pending(TENANT).withPriority(Priority.HIGH).withCreatedAt(T0.minusSeconds(900))
                        .withNextAttemptAt(T0.minusSeconds(10)).build(),
                pending(TENANT).withPriority(Priority.NORMAL).withCreatedAt(T0.minusSeconds(800))
                        .withNextAttemptAt(due).build(),
                pending(TENANT).withPriority(Priority.NORMAL).withCreatedAt(T0.minusSeconds(700))
                        .withNextAttemptAt(due).build(),
                pending(TENANT).withPriority(Priority.NORMAL).withCreatedAt(T0.minusSeconds(1000))
                        .withNextAttemptAt(T0).build(),
                pending(TENANT).withPriority(Priority.LOW).withCreatedAt(T0.minusSeconds(2000)).build());
        List<Notification> shuffled = new ArrayList<>(inOrder);
        Collections.shuffle(shuffled, new Random(11));
        shuffled.forEach(store::insert);
        return inOrder;
    }

    private List<Notification> insertCreatedSecondsApart(String tenant, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> store.insert(pending(tenant).withCreatedAt(T0.plusSeconds(i)).build()))
                .toList();
    }

    private static TaskQuery query(Optional<NotificationStatus> status, Optional<String> chat,
                                   Optional<Instant> from, Optional<Instant> before, int limit) {
        return new TaskQuery(TENANT, status, chat, from, before, Optional.empty(), limit);
    }

    private List<Notification> listAll(TaskQuery query) {
        return pages(query).stream().flatMap(p -> p.tasks().stream()).toList();
    }

    private List<TaskPage> pages(TaskQuery query) {
        List<TaskPage> pages = new ArrayList<>();
        TaskPage page = store.list(query);
        pages.add(page);
        while (page.nextCursor().isPresent()) {
            if (pages.size() > 1_000) {
                throw new AssertionError("paging does not end");
            }
            page = store.list(query.after(page.nextCursor().get()));
            pages.add(page);
        }
        return pages;
    }
}
