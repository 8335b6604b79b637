package io.telegate.core.fetch;

import io.telegate.ports.model.fetch.ArchiveDay;
import io.telegate.ports.model.fetch.DayManifest;
import io.telegate.ports.model.fetch.FetchCommand;
import io.telegate.ports.model.fetch.FetchWindow;
import io.telegate.ports.out.MessageArchive;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a fetch command into per-day units, newest day first, in the command's time zone (UTC by default).
 */
public final class FetchPlan {

    private final List<FetchUnit> units;

    private FetchPlan(List<FetchUnit> units) {
        this.units = List.copyOf(units);
    }

    /** Plans the command's window as of the clock's now. */
    public static FetchPlan of(FetchCommand command, Clock clock) {
        ZoneId zone = command.zone();
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, zone);
        List<FetchUnit> units = new ArrayList<>();
        LocalDate first = firstDay(command.window(), today);
        for (LocalDate d = lastDay(command.window(), today); !d.isBefore(first); d = d.minusDays(1)) {
            Instant from = d.atStartOfDay(zone).toInstant();
            Instant until = d.plusDays(1).atStartOfDay(zone).toInstant();
            units.add(new FetchUnit(new ArchiveDay(command.chat(), d), from, until, !until.isAfter(now)));
        }
        return new FetchPlan(units);
    }

    private static LocalDate firstDay(FetchWindow window, LocalDate today) {
        return switch (window) {
            case FetchWindow.OnDate on -> on.date();
            case FetchWindow.LastDays last -> today.minusDays(last.days() - 1L);
            case FetchWindow.DateRange range -> range.from();
        };
    }

    private static LocalDate lastDay(FetchWindow window, LocalDate today) {
        return switch (window) {
            case FetchWindow.OnDate on -> on.date();
            case FetchWindow.LastDays last -> today;
            case FetchWindow.DateRange range -> range.to();
        };
    }

    /** Every unit of the window, newest first. */
    public List<FetchUnit> units() {
        return units;
    }

    /** The units the archive does not yet hold completely. */
    public List<FetchUnit> pending(MessageArchive archive) {
        return units.stream()
                .filter(u -> !archive.manifest(u.day()).map(DayManifest::complete).orElse(false))
                .toList();
    }
}
