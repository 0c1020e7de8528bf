package dev.procura.reports;

import com.cronutils.descriptor.CronDescriptor;
import com.cronutils.model.Cron;
import com.cronutils.model.CronType;
import com.cronutils.model.definition.CronDefinitionBuilder;
import com.cronutils.model.time.ExecutionTime;
import com.cronutils.parser.CronParser;
import dev.procura.platform.failures.FieldError;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * When a schedule runs, in the tenant's time zone: daily at a time, weekly on a day at a time,
 * monthly on a day (the month's last day when it has fewer) at a time, or a Unix cron expression
 * (minute hour day-of-month month day-of-week). A local time a clock change skips runs at the
 * same time after the change; one it repeats runs once, at the first.
 */
sealed interface Cadence {

    CronParser UNIX = new CronParser(CronDefinitionBuilder.instanceDefinitionFor(CronType.UNIX));

    /** The first run strictly after {@code after}. */
    Instant next(Instant after, ZoneId zone);

    /** In words, e.g. "every Monday at 07:30". */
    String describe();

    record Daily(LocalTime time) implements Cadence {
        @Override
        public Instant next(Instant after, ZoneId zone) {
            LocalDate day = after.atZone(zone).toLocalDate();
            for (int i = 0; ; i++) {
                Instant at = ZonedDateTime.of(day.plusDays(i), time, zone).toInstant();
                if (at.isAfter(after)) {
                    return at;
                }
            }
        }

        @Override
        public String describe() {
            return "every day at " + time;
        }
    }

    record Weekly(DayOfWeek day, LocalTime time) implements Cadence {
        @Override
        public Instant next(Instant after, ZoneId zone) {
            LocalDate date = after.atZone(zone).toLocalDate().with(TemporalAdjusters.previousOrSame(day));
            for (int i = 0; ; i++) {
                Instant at = ZonedDateTime.of(date.plusWeeks(i), time, zone).toInstant();
                if (at.isAfter(after)) {
                    return at;
                }
            }
        }

        @Override
        public String describe() {
            String name = day.name().toLowerCase(Locale.ROOT);
            return "every " + Character.toUpperCase(name.charAt(0)) + name.substring(1) + " at " + time;
        }
    }

    record Monthly(int day, LocalTime time) implements Cadence {
        @Override
        public Instant next(Instant after, ZoneId zone) {
            LocalDate month = after.atZone(zone).toLocalDate().withDayOfMonth(1);
            for (int i = 0; ; i++) {
                LocalDate first = month.plusMonths(i);
                LocalDate date = first.withDayOfMonth(Math.min(day, first.lengthOfMonth()));
                Instant at = ZonedDateTime.of(date, time, zone).toInstant();
                if (at.isAfter(after)) {
                    return at;
                }
            }
        }

        @Override
        public String describe() {
            return "every month on day " + day + " at " + time + (day > 28 ? " (or the month's last day)" : "");
        }
    }

    record Expression(String expression, Cron cron) implements Cadence {
        @Override
        public Instant next(Instant after, ZoneId zone) {
            Optional<ZonedDateTime> next = ExecutionTime.forCron(cron).nextExecution(after.atZone(zone));
            return next.map(ZonedDateTime::toInstant).orElse(null);
        }

        @Override
        public String describe() {
            return CronDescriptor.instance(Locale.ENGLISH).describe(cron);
        }
    }

    /** The cadence a schedule's fields give; each mistake added to {@code errors} (then null). */
    static Cadence of(ScheduleRequests.Define request, List<FieldError> errors) {
        String kind = request.cadence();
        if (kind.equals("cron")) {
            for (String field : List.of("time", "day_of_week", "day_of_month")) {
                if (given(request, field)) {
                    errors.add(new FieldError(field, "is not used with a cron expression"));
                }
            }
            if (request.cron() == null) {
                errors.add(new FieldError("cron", "is needed with cadence cron"));
                return null;
            }
            try {
                Cron cron = UNIX.parse(request.cron().trim()).validate();
                return new Expression(request.cron().trim(), cron);
            } catch (IllegalArgumentException e) {
                errors.add(new FieldError(
                        "cron",
                        "must be a cron expression of five fields: minute hour day-of-month month day-of-week"));
                return null;
            }
        }
        if (request.cron() != null) {
            errors.add(new FieldError("cron", "is only used with cadence cron"));
        }
        LocalTime time = LocalTime.of(7, 0);
        if (request.time() != null) {
            try {
                time = LocalTime.parse(request.time());
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("time", "must be a time of day, HH:mm"));
            }
        }
        if (!kind.equals("weekly") && request.dayOfWeek() != null) {
            errors.add(new FieldError("day_of_week", "is only used with cadence weekly"));
        }
        if (!kind.equals("monthly") && request.dayOfMonth() != null) {
            errors.add(new FieldError("day_of_month", "is only used with cadence monthly"));
        }
        return switch (kind) {
            case "daily" -> new Daily(time);
            case "weekly" -> {
                if (request.dayOfWeek() == null) {
                    errors.add(new FieldError("day_of_week", "is needed with cadence weekly"));
                    yield null;
                }
                yield new Weekly(DayOfWeek.valueOf(request.dayOfWeek().toUpperCase(Locale.ROOT)), time);
            }
            default -> {
                if (request.dayOfMonth() == null) {
                    errors.add(new FieldError("day_of_month", "is needed with cadence monthly"));
                    yield null;
                }
                yield new Monthly(request.dayOfMonth(), time);
            }
        };
    }

    private static boolean given(ScheduleRequests.Define request, String field) {
        return switch (field) {
            case "time" -> request.time() != null;
            case "day_of_week" -> request.dayOfWeek() != null;
            default -> request.dayOfMonth() != null;
        };
    }
}
