package io.jisr.incident.query;

import io.jisr.incident.EventType;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;

/**
 * Counts of reports by type over time, for the timeline: per ISO week (Monday to Sunday, every week from
 * the first to the last with reports, empty weeks included) for reports dated to the day or the week;
 * and per month for reports dated only to the month, which no single week can claim.
 */
public record Timeline(List<Week> weeks, List<Month> monthOnly) {

    /** Copies the lists. */
    public Timeline {
        weeks = List.copyOf(weeks);
        monthOnly = List.copyOf(monthOnly);
    }

    /** One ISO week: its Monday, its name ({@code 2025-W07}), the counts by type and the total. */
    public record Week(LocalDate monday, String isoWeek, Map<EventType, Integer> counts, int total) {
        /** Copies the map. */
        public Week {
            counts = Map.copyOf(counts);
        }
    }

    /** One month's reports dated only to the month: the counts by type and the total. */
    public record Month(YearMonth month, Map<EventType, Integer> counts, int total) {
        /** Copies the map. */
        public Month {
            counts = Map.copyOf(counts);
        }
    }
}
