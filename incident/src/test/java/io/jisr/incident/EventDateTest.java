package io.jisr.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class EventDateTest {

    @Test
    void period_weekPrecision_isTheIsoWeekMondayToSunday() {
        EventDate wednesday = new EventDate(LocalDate.of(2025, 1, 1), TimePrecision.WEEK);

        assertThat(wednesday.first()).isEqualTo(LocalDate.of(2024, 12, 30));
        assertThat(wednesday.last()).isEqualTo(LocalDate.of(2025, 1, 5));
        assertThat(wednesday.isoWeek()).isEqualTo("2025-W01");
    }

    @Test
    void period_monthPrecision_isTheCalendarMonth() {
        EventDate february = new EventDate(LocalDate.of(2024, 2, 15), TimePrecision.MONTH);

        assertThat(february.first()).isEqualTo(LocalDate.of(2024, 2, 1));
        assertThat(february.last()).isEqualTo(LocalDate.of(2024, 2, 29));
    }

    @Test
    void mayBeSameTimeAs_dayInsideAMonthOnlyReport_isTrue_dayOutside_isFalse() {
        EventDate march = new EventDate(LocalDate.of(2025, 3, 15), TimePrecision.MONTH);

        assertThat(EventDate.onDay(LocalDate.of(2025, 3, 31)).mayBeSameTimeAs(march))
                .isTrue();
        assertThat(EventDate.onDay(LocalDate.of(2025, 4, 1)).mayBeSameTimeAs(march))
                .isFalse();
    }

    @Test
    void order_sortsByPeriodStartThenMorePreciseFirst() {
        EventDate month = new EventDate(LocalDate.of(2025, 3, 15), TimePrecision.MONTH);
        EventDate firstDay = EventDate.onDay(LocalDate.of(2025, 3, 1));
        EventDate week = new EventDate(LocalDate.of(2025, 3, 5), TimePrecision.WEEK);
        List<EventDate> dates = new ArrayList<>(List.of(week, month, firstDay));

        dates.sort(EventDate.ORDER);

        assertThat(dates).containsExactly(firstDay, month, week);
    }

    @Test
    void create_beforeEarliest_isRefusedWithTheValue() {
        assertThatThrownBy(() -> EventDate.onDay(LocalDate.of(1899, 5, 1)))
                .hasMessage("event date must not be before 1990-01-01, was 1899-05-01");
    }

    @Property
    void period_alwaysContainsTheReferenceDay(
            @ForAll @IntRange(min = 0, max = 20_000) int offset, @ForAll TimePrecision precision) {
        EventDate date = new EventDate(EventDate.EARLIEST.plusDays(offset), precision);

        assertThat(date.first()).isBeforeOrEqualTo(date.day());
        assertThat(date.last()).isAfterOrEqualTo(date.day());
        assertThat(date.overlaps(date.day(), date.day())).isTrue();
    }
}
