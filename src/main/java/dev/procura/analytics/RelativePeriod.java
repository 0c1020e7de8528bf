package dev.procura.analytics;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * A tile's period relative to the tenant's today, both ends included, and the period before it:
 * the same number of days just before for the last-N-days periods; for the to-date periods the
 * same days counted from the start of the month, quarter or year before (cut at its end); the
 * month or quarter before for the previous-month and previous-quarter periods.
 */
enum RelativePeriod {
    LAST_7_DAYS,
    LAST_30_DAYS,
    LAST_90_DAYS,
    MONTH_TO_DATE,
    QUARTER_TO_DATE,
    YEAR_TO_DATE,
    PREVIOUS_MONTH,
    PREVIOUS_QUARTER;

    record Range(LocalDate from, LocalDate to) {}

    static RelativePeriod of(String apiName) {
        return valueOf(apiName.toUpperCase(Locale.ROOT));
    }

    String apiName() {
        return name().toLowerCase(Locale.ROOT);
    }

    Range range(LocalDate today) {
        return switch (this) {
            case LAST_7_DAYS -> new Range(today.minusDays(6), today);
            case LAST_30_DAYS -> new Range(today.minusDays(29), today);
            case LAST_90_DAYS -> new Range(today.minusDays(89), today);
            case MONTH_TO_DATE -> new Range(today.withDayOfMonth(1), today);
            case QUARTER_TO_DATE -> new Range(quarterStart(today), today);
            case YEAR_TO_DATE -> new Range(today.withDayOfYear(1), today);
            case PREVIOUS_MONTH -> {
                LocalDate start = today.withDayOfMonth(1).minusMonths(1);
                yield new Range(start, start.plusMonths(1).minusDays(1));
            }
            case PREVIOUS_QUARTER -> {
                LocalDate start = quarterStart(today).minusMonths(3);
                yield new Range(start, start.plusMonths(3).minusDays(1));
            }
        };
    }

    Range previous(LocalDate today) {
        Range current = range(today);
        long days = ChronoUnit.DAYS.between(current.from(), current.to());
        return switch (this) {
            case LAST_7_DAYS, LAST_30_DAYS, LAST_90_DAYS ->
                new Range(current.from().minusDays(days + 1), current.from().minusDays(1));
            case MONTH_TO_DATE ->
                toDate(current.from().minusMonths(1), current.from().minusDays(1), days);
            case QUARTER_TO_DATE ->
                toDate(current.from().minusMonths(3), current.from().minusDays(1), days);
            case YEAR_TO_DATE ->
                toDate(current.from().minusYears(1), current.from().minusDays(1), days);
            case PREVIOUS_MONTH -> {
                LocalDate start = current.from().minusMonths(1);
                yield new Range(start, current.from().minusDays(1));
            }
            case PREVIOUS_QUARTER -> {
                LocalDate start = current.from().minusMonths(3);
                yield new Range(start, current.from().minusDays(1));
            }
        };
    }

    private static Range toDate(LocalDate start, LocalDate end, long days) {
        LocalDate to = start.plusDays(days);
        return new Range(start, to.isAfter(end) ? end : to);
    }

    private static LocalDate quarterStart(LocalDate day) {
        return LocalDate.of(day.getYear(), (day.getMonthValue() - 1) / 3 * 3 + 1, 1);
    }
}
