package io.telegate.core.fetch;

import static org.assertj.core.api.Assertions.assertThat;

import io.telegate.ports.model.fetch.ArchiveDay;
import io.telegate.ports.model.fetch.FetchCommand;
import io.telegate.ports.model.fetch.FetchStrategy;
import io.telegate.ports.model.fetch.FetchWindow;
import io.telegate.testkit.archive.InMemoryMessageArchive;
import io.telegate.testkit.fixtures.Messages;
import io.telegate.testkit.time.MutableClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FetchPlanTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2025-11-09T12:00:00Z"));

    private static FetchCommand command(FetchWindow window, Map<String, String> options) {
        return new FetchCommand("c-1", "@ru_python", window, FetchStrategy.BATCH, options);
    }

    private static List<LocalDate> dates(FetchPlan plan) {
        return plan.units().stream().map(u -> u.day().date()).toList();
    }

    @Test
    void dateModePlansThatOneDayAsAClosedUtcDay() {
        FetchPlan plan = FetchPlan.of(command(new FetchWindow.OnDate(LocalDate.parse("2025-11-07")), Map.of()), clock);

        assertThat(plan.units()).singleElement().satisfies(unit -> {
            assertThat(unit.day()).isEqualTo(new ArchiveDay("@ru_python", LocalDate.parse("2025-11-07")));
            assertThat(unit.from()).isEqualTo(Instant.parse("2025-11-07T00:00:00Z"));
            assertThat(unit.until()).isEqualTo(Instant.parse("2025-11-08T00:00:00Z"));
            assertThat(unit.closed()).isTrue();
        });
    }

    @Test
    void daysModeEndsTodayNewestFirstAndTodayIsNotClosed() {
        FetchPlan plan = FetchPlan.of(command(new FetchWindow.LastDays(3), Map.of()), clock);

        assertThat(dates(plan)).containsExactly(
                LocalDate.parse("2025-11-09"), LocalDate.parse("2025-11-08"), LocalDate.parse("2025-11-07"));
        assertThat(plan.units().getFirst().closed()).isFalse();
        assertThat(plan.units().get(1).closed()).isTrue();
    }

    @Test
    void rangeModeIncludesBothEnds() {
        FetchPlan plan = FetchPlan.of(command(
                new FetchWindow.DateRange(LocalDate.parse("2025-10-30"), LocalDate.parse("2025-11-02")), Map.of()), clock);

        assertThat(dates(plan)).containsExactly(LocalDate.parse("2025-11-02"), LocalDate.parse("2025-11-01"),
                LocalDate.parse("2025-10-31"), LocalDate.parse("2025-10-30"));
    }

    @Test
    void aTimeZoneOptionShiftsTheDayBoundaries() {
        FetchPlan plan = FetchPlan.of(command(new FetchWindow.OnDate(LocalDate.parse("2025-11-07")),
                Map.of("time_zone", "Europe/Moscow")), clock);

        assertThat(plan.units().getFirst().from()).isEqualTo(Instant.parse("2025-11-06T21:00:00Z"));
        assertThat(plan.units().getFirst().until()).isEqualTo(Instant.parse("2025-11-07T21:00:00Z"));
    }

    @Test
    void daysTheArchiveHoldsCompletelyAreNotPending() {
        InMemoryMessageArchive archive = new InMemoryMessageArchive();
        LocalDate done = LocalDate.parse("2025-11-08");
        LocalDate partial = LocalDate.parse("2025-11-07");
        archive.write(new ArchiveDay("@ru_python", done), Messages.day("@ru_python", done, 3), true);
        archive.write(new ArchiveDay("@ru_python", partial), Messages.day("@ru_python", partial, 3), false);

        FetchPlan plan = FetchPlan.of(command(new FetchWindow.LastDays(3), Map.of()), clock);

        assertThat(plan.pending(archive)).extracting(u -> u.day().date())
                .containsExactly(LocalDate.parse("2025-11-09"), partial);
    }
}
