package dev.procura.platform.analytics;

import dev.procura.platform.failures.Failure;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;

/**
 * How a period is cut into buckets. Weeks start on Monday (ISO 8601), quarters in January, April,
 * July and October; a bucket is named by its first day.
 */
public enum Interval {
    DAY,
    WEEK,
    MONTH,
    QUARTER;

    /** The first day of the bucket {@code date} falls in. */
    public LocalDate start(LocalDate date) {
        return switch (this) {
            case DAY -> date;
            case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> date.withDayOfMonth(1);
            case QUARTER -> LocalDate.of(date.getYear(), (date.getMonthValue() - 1) / 3 * 3 + 1, 1);
        };
    }

    /** The first day of the bucket after the one starting on {@code start}. */
    public LocalDate next(LocalDate start) {
        return switch (this) {
            case DAY -> start.plusDays(1);
            case WEEK -> start.plusWeeks(1);
            case MONTH -> start.plusMonths(1);
            case QUARTER -> start.plusMonths(3);
        };
    }

    public String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The interval a query parameter names (default month); 400 naming {@code interval} otherwise. */
    public static Interval parse(String value) {
        if (value == null || value.isBlank()) {
            return MONTH;
        }
        for (Interval interval : values()) {
            if (interval.apiName().equals(value)) {
                return interval;
            }
        }
        throw new Failure.InvalidInput("interval", "must be one of day, week, month, quarter");
    }
}
