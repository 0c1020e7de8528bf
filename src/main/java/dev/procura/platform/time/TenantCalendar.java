package dev.procura.platform.time;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/**
 * A tenant's calendar: instants from the application's clock, business dates in the tenant's
 * time zone (its {@code time_zone} setting). A quote expiring "today" expires on the tenant's today.
 */
public record TenantCalendar(Clock clock, ZoneId zone) {

    public Instant now() {
        return clock.instant();
    }

    public LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), zone);
    }

    /** The business date an instant falls on for this tenant. */
    public LocalDate dateOf(Instant instant) {
        return LocalDate.ofInstant(instant, zone);
    }
}
