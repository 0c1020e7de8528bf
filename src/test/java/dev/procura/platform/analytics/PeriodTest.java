package dev.procura.platform.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.Failure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class PeriodTest {

    private static LocalDate d(String iso) {
        return LocalDate.parse(iso);
    }

    @Test
    void bucketsStartOnMondaysFirstsOfMonthsAndQuarters() {
        assertEquals(d("2026-11-30"), Interval.WEEK.start(d("2026-12-06"))); // a Sunday → that week's Monday
        assertEquals(d("2026-12-07"), Interval.WEEK.start(d("2026-12-07")));
        assertEquals(d("2026-12-01"), Interval.MONTH.start(d("2026-12-31")));
        assertEquals(d("2026-10-01"), Interval.QUARTER.start(d("2026-12-31")));
        assertEquals(d("2026-01-01"), Interval.QUARTER.start(d("2026-03-31")));
        assertEquals(d("2026-04-01"), Interval.QUARTER.next(d("2026-01-01")));
    }

    @Test
    void aPeriodListsEveryBucketItTouchesPartialOnesIncluded() {
        Period period = new Period(d("2026-01-15"), d("2026-04-02"), Interval.MONTH);
        assertEquals(List.of(d("2026-01-01"), d("2026-02-01"), d("2026-03-01"), d("2026-04-01")), period.buckets());
        assertEquals(d("2026-03-01"), period.bucketOf(d("2026-03-31")));
        assertTrue(period.contains(d("2026-04-02")));
        assertTrue(!period.contains(d("2026-01-14")));
        assertEquals(
                2,
                new Period(d("2026-12-06"), d("2026-12-07"), Interval.WEEK)
                        .buckets()
                        .size());
    }

    @Test
    void theDaysAreTheTenantsDays() {
        Period period = new Period(d("2026-07-01"), d("2026-07-31"), Interval.DAY);
        ZoneId lisbon = ZoneId.of("Europe/Lisbon"); // UTC+1 in summer
        assertEquals(Instant.parse("2026-06-30T23:00:00Z"), period.startIn(lisbon));
        assertEquals(Instant.parse("2026-07-31T23:00:00Z"), period.endIn(lisbon));
    }

    @Test
    void badPeriodsAreRefusedNamingTheParameter() {
        assertEquals("to", field(() -> new Period(d("2026-02-01"), d("2026-01-31"), Interval.DAY)));
        assertEquals("from", field(() -> new Period(null, d("2026-01-31"), Interval.DAY)));
        assertEquals("to", field(() -> new Period(d("2026-01-31"), null, Interval.DAY)));
        // 401 days is one bucket too many by day, and fine by week.
        assertEquals("interval", field(() -> new Period(d("2026-01-01"), d("2027-02-05"), Interval.DAY)));
        assertEquals(
                58,
                new Period(d("2026-01-01"), d("2027-02-05"), Interval.WEEK)
                        .buckets()
                        .size());
        assertEquals(Interval.MONTH, Interval.parse(null));
        assertEquals(Interval.QUARTER, Interval.parse("quarter"));
        assertEquals("interval", field(() -> Interval.parse("year")));
    }

    private static String field(Runnable call) {
        Failure.InvalidInput failure = assertThrows(Failure.InvalidInput.class, call::run);
        return failure.errors().get(0).field();
    }
}
