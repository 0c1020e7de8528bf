package dev.procura.plans;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;

/** Usage and billing count in calendar months of UTC, the same for every tenant and server. */
final class BillingPeriod {

    private BillingPeriod() {}

    static YearMonth current(Clock clock) {
        return YearMonth.now(clock.withZone(ZoneOffset.UTC));
    }

    static LocalDate firstDay(YearMonth period) {
        return period.atDay(1);
    }

    static LocalDate lastDay(YearMonth period) {
        return period.atEndOfMonth();
    }

    static Instant start(YearMonth period) {
        return period.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    static Instant end(YearMonth period) {
        return start(period.plusMonths(1));
    }
}
