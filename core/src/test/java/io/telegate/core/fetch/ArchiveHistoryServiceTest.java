package io.telegate.core.fetch;

import static io.telegate.core.fetch.FetchWorld.CHAT;
import static io.telegate.core.fetch.FetchWorld.FIRST_DAY;
import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.TelegramMessage;
import io.telegate.ports.model.fetch.ArchiveDay;
import io.telegate.ports.model.fetch.DayManifest;
import io.telegate.ports.model.fetch.FetchEvent;
import io.telegate.ports.model.fetch.FetchOutcome;
import io.telegate.ports.model.fetch.FetchStrategy;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

class ArchiveHistoryServiceTest {

    private static final LocalDate LAST_DAY = FIRST_DAY.plusDays(2);

    private static List<Long> ids(List<TelegramMessage> messages) {
        return messages.stream().map(TelegramMessage::id).toList();
    }

    @Test
    void rangeCommandArchivesEveryDayCompletelyAndReportsStartedProgressCompleted() throws Exception {
        FetchWorld world = new FetchWorld(5, 3);

        FetchOutcome outcome = world.service(FetchWorld.policy())
                .archive(FetchWorld.range(FIRST_DAY, LAST_DAY, FetchStrategy.BATCH));

        assertThat(outcome).isEqualTo(new FetchOutcome.Completed(15, 3));
        for (int d = 0; d < 3; d++) {
            ArchiveDay day = new ArchiveDay(CHAT, FIRST_DAY.plusDays(d));
            List<TelegramMessage> stored = world.archive.read(day);
            assertThat(stored).hasSize(5).allSatisfy(m -> {
                assertThat(m.chat()).isEqualTo(CHAT);
                assertThat(LocalDate.ofInstant(m.date(), java.time.ZoneOffset.UTC)).isEqualTo(day.date());
            });
            assertThat(ids(stored)).isSorted().doesNotHaveDuplicates();
            assertThat(world.archive.manifest(day)).get().extracting(DayManifest::complete).isEqualTo(true);
        }
        assertThat(world.codec.events()).first().isInstanceOf(FetchEvent.Started.class);
        assertThat(world.codec.events()).last().isInstanceOf(FetchEvent.Completed.class);
        assertThat(world.codec.events().getLast().header().processed()).isEqualTo(15);
        assertThat(world.metrics.gaugeValue("telegate.fetch.messages.archived")).hasValue(15.0);
        assertThat(world.publisher.published("completed")).singleElement()
                .satisfies(e -> assertThat(e.key()).isEqualTo("cmd-1"));
    }

    @Test
    void runningTheSameCommandAgainAddsNothingAndSkipsCompleteDays() throws Exception {
        FetchWorld world = new FetchWorld(4, 3);
        ArchiveHistoryService service = world.service(FetchWorld.policy());
        service.archive(FetchWorld.range(FIRST_DAY, LAST_DAY, FetchStrategy.PER_DAY));
        List<TelegramMessage> before = world.archive.read(new ArchiveDay(CHAT, FIRST_DAY));

        FetchOutcome again = service.archive(FetchWorld.range(FIRST_DAY, LAST_DAY, FetchStrategy.PER_DAY));

        assertThat(again).isEqualTo(new FetchOutcome.Completed(0, 3));
        assertThat(world.archive.read(new ArchiveDay(CHAT, FIRST_DAY))).isEqualTo(before);
    }

    @Test
    void aPartlyArchivedDayIsFetchedAgainAndMergedWithoutDuplicates() throws Exception {
        FetchWorld world = new FetchWorld(6, 1);
        ArchiveDay day = new ArchiveDay(CHAT, FIRST_DAY);
        List<TelegramMessage> all = world.sandbox.messages(CHAT, 100, 0);
        world.archive.write(day, all.subList(0, 3), false);

        FetchOutcome outcome = world.service(FetchWorld.policy()).archive(FetchWorld.range(FIRST_DAY, FIRST_DAY,
                FetchStrategy.BATCH));

        assertThat(outcome).isInstanceOf(FetchOutcome.Completed.class);
        assertThat(world.archive.read(day)).hasSize(6);
        assertThat(ids(world.archive.read(day))).doesNotHaveDuplicates();
        assertThat(world.archive.manifest(day).orElseThrow().complete()).isTrue();
    }

    @Test
    void floodWaitWithinTheCapIsWaitedOutAndAnnouncedWithResumeTimeAndEta() throws Exception {
        FetchWorld world = new FetchWorld(3, 2);
        world.sandbox.injectFloodWait(world.session.id(), Duration.ofSeconds(20), 1);

        FetchOutcome outcome = world.service(FetchWorld.policy())
                .archive(FetchWorld.range(FIRST_DAY, FIRST_DAY.plusDays(1), FetchStrategy.BATCH));

        assertThat(outcome).isInstanceOf(FetchOutcome.Completed.class);
        assertThat(world.pauses).anySatisfy(p -> assertThat(p).isBetween(Duration.ofSeconds(20), Duration.ofSeconds(22)));
        assertThat(world.metrics.count("telegate.fetch.flood_waits")).isEqualTo(1);
        assertThat(world.codec.events(FetchEvent.Progress.class)).anySatisfy(p -> {
            assertThat(p.waitingUntil()).isPresent();
            assertThat(p.eta()).isPresent();
            assertThat(p.eta().get()).isAfterOrEqualTo(p.waitingUntil().get());
        });
    }

    @Test
    void floodWaitLongerThanTheCapFailsTheDayWithAClearError() throws Exception {
        FetchWorld world = new FetchWorld(3, 1);
        world.sandbox.injectFloodWait(world.session.id(), Duration.ofHours(2), 5);

        FetchOutcome outcome = world.service(FetchWorld.policy().withFloodWaitCap(Duration.ofMinutes(5)))
                .archive(FetchWorld.range(FIRST_DAY, FIRST_DAY, FetchStrategy.BATCH));

        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.error()).isEqualTo("flood_wait_cap");
            assertThat(f.reason()).contains("7200 s", "300");
        });
        assertThat(world.pauses).noneMatch(p -> p.compareTo(Duration.ofMinutes(5)) > 0);
        assertThat(world.archive.manifest(new ArchiveDay(CHAT, FIRST_DAY))).isEmpty();
        assertThat(world.codec.events()).last().isInstanceOfSatisfying(FetchEvent.Failed.class,
                f -> assertThat(f.error()).isEqualTo("flood_wait_cap"));
    }

    @Test
    void aRevokedSessionFailsTheCommandAtOnce() throws Exception {
        FetchWorld world = new FetchWorld(3, 3);
        world.sandbox.revokeSession(world.session.id());

        FetchOutcome outcome = world.service(FetchWorld.policy())
                .archive(FetchWorld.range(FIRST_DAY, LAST_DAY, FetchStrategy.PER_DAY));

        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class, f -> {
            assertThat(f.error()).isEqualTo("access_lost");
            assertThat(f.reason()).contains("AUTH_KEY_UNREGISTERED");
        });
        assertThat(world.codec.events()).last().isInstanceOf(FetchEvent.Failed.class);
    }

    @Test
    void anUnknownChatFailsTheCommand() throws Exception {
        FetchWorld world = new FetchWorld(1, 1);

        FetchOutcome outcome = world.service(FetchWorld.policy()).archive(new io.telegate.ports.model.fetch.FetchCommand(
                "cmd-x", "@no_such_chat", new io.telegate.ports.model.fetch.FetchWindow.OnDate(FIRST_DAY),
                FetchStrategy.BATCH, java.util.Map.of()));

        assertThat(outcome).isInstanceOfSatisfying(FetchOutcome.Failed.class,
                f -> assertThat(f.error()).isEqualTo("chat_unavailable"));
    }
}
