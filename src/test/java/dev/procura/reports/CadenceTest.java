package dev.procura.reports;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.procura.platform.failures.FieldError;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CadenceTest {

    private static final ZoneId LISBON = ZoneId.of("Europe/Lisbon");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");

    private static ScheduleRequests.Define request(
            String cadence, String time, String day, Integer dayOfMonth, String cron) {
        return new ScheduleRequests.Define(
                cadence, time, day, dayOfMonth, cron, List.of(UUID.randomUUID()), null, null);
    }

    private static Cadence of(ScheduleRequests.Define request) {
        List<FieldError> errors = new ArrayList<>();
        Cadence cadence = Cadence.of(request, errors);
        assertEquals(List.of(), errors);
        return cadence;
    }

    private static List<String> errors(ScheduleRequests.Define request) {
        List<FieldError> errors = new ArrayList<>();
        Cadence.of(request, errors);
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void dailyRunsAtTheLocalTimeAcrossAClockChange() {
        Cadence daily = of(request("daily", "07:30", null, null, null));
        // Lisbon goes from UTC+1 to UTC+0 on 25 October 2026.
        assertEquals(Instant.parse("2026-10-24T06:30:00Z"), daily.next(Instant.parse("2026-10-23T06:30:00Z"), LISBON));
        assertEquals(Instant.parse("2026-10-25T07:30:00Z"), daily.next(Instant.parse("2026-10-24T06:30:00Z"), LISBON));
        assertEquals(Instant.parse("2026-10-24T06:30:00Z"), daily.next(Instant.parse("2026-10-24T06:29:59Z"), LISBON));
        assertEquals("every day at 07:30", daily.describe());
    }

    @Test
    void aTimeTheClockSkipsRunsJustAfterTheChange() {
        Cadence daily = of(request("daily", "02:30", null, null, null));
        // New York skips 02:00–03:00 on 8 March 2026: 02:30 does not exist that day.
        assertEquals(
                Instant.parse("2026-03-08T07:30:00Z"), daily.next(Instant.parse("2026-03-07T12:00:00Z"), NEW_YORK));
    }

    @Test
    void weeklyAndMonthlyRunOnTheirDay() {
        Cadence weekly = of(request("weekly", "09:00", "monday", null, null));
        // 2026-12-07 is a Monday.
        assertEquals(Instant.parse("2026-12-07T09:00:00Z"), weekly.next(Instant.parse("2026-12-06T10:00:00Z"), LISBON));
        assertEquals(Instant.parse("2026-12-14T09:00:00Z"), weekly.next(Instant.parse("2026-12-07T09:00:00Z"), LISBON));
        assertEquals("every Monday at 09:00", weekly.describe());

        Cadence monthly = of(request("monthly", null, null, 31, null));
        assertEquals(
                Instant.parse("2027-02-28T07:00:00Z"), monthly.next(Instant.parse("2027-01-31T08:00:00Z"), LISBON));
        assertEquals(
                Instant.parse("2027-01-31T07:00:00Z"), monthly.next(Instant.parse("2026-12-31T08:00:00Z"), LISBON));
    }

    @Test
    void aCronExpressionStepsInTheZone() {
        Cadence cron = of(request("cron", null, null, null, "30 7 * * 1-5"));
        // Friday 2026-12-11 after 07:30 → Monday 2026-12-14 07:30 in New York (UTC-5).
        assertEquals(Instant.parse("2026-12-14T12:30:00Z"), cron.next(Instant.parse("2026-12-11T13:00:00Z"), NEW_YORK));
        assertEquals(Instant.parse("2026-12-11T12:30:00Z"), cron.next(Instant.parse("2026-12-11T12:00:00Z"), NEW_YORK));
    }

    @Test
    void eachMistakeIsNamed() {
        assertEquals(List.of("day_of_week"), errors(request("weekly", "07:00", null, null, null)));
        assertEquals(List.of("day_of_month"), errors(request("monthly", null, null, null, null)));
        assertEquals(List.of("cron"), errors(request("cron", null, null, null, "61 * * * *")));
        assertEquals(List.of("time", "day_of_month", "cron"), errors(request("cron", "07:00", null, 3, null)));
        assertEquals(List.of("cron", "day_of_week"), errors(request("daily", null, "monday", null, "* * * * *")));
        assertEquals(List.of("time"), errors(request("daily", "25:00", null, null, null)));
        assertNull(Cadence.of(request("weekly", null, null, null, null), new ArrayList<>()));
    }
}
