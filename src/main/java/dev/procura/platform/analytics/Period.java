package dev.procura.platform.analytics;

import dev.procura.platform.failures.Failure;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * The business days an analytics query covers, both ends included, cut into buckets. The first and
 * last buckets may be partial: a month bucket of a period starting on the 15th counts from the 15th.
 */
public record Period(LocalDate from, LocalDate to, Interval interval) {

    /** More buckets than this is a chart nobody can read and a query nobody should run. */
    public static final int MAX_BUCKETS = 400;

    public Period {
        if (from == null) {
            throw new Failure.InvalidInput("from", "is required (an ISO-8601 date)");
        }
        if (to == null) {
            throw new Failure.InvalidInput("to", "is required (an ISO-8601 date)");
        }
        if (to.isBefore(from)) {
            throw new Failure.InvalidInput("to", "must not be before from");
        }
        int count = 0;
        for (LocalDate start = interval.start(from); !start.isAfter(to); start = interval.next(start)) {
            if (++count > MAX_BUCKETS) {
                throw new Failure.InvalidInput(
                        "interval",
                        "makes more than " + MAX_BUCKETS + " buckets between from and to; choose a longer interval");
            }
        }
    }

    /** The first day of every bucket, in order. */
    public List<LocalDate> buckets() {
        List<LocalDate> starts = new ArrayList<>();
        for (LocalDate start = interval.start(from); !start.isAfter(to); start = interval.next(start)) {
            starts.add(start);
        }
        return starts;
    }

    public LocalDate bucketOf(LocalDate date) {
        return interval.start(date);
    }

    public boolean contains(LocalDate date) {
        return !date.isBefore(from) && !date.isAfter(to);
    }

    /** The first instant of the period in the zone. */
    public Instant startIn(ZoneId zone) {
        return from.atStartOfDay(zone).toInstant();
    }

    /** The first instant after the period in the zone. */
    public Instant endIn(ZoneId zone) {
        return to.plusDays(1).atStartOfDay(zone).toInstant();
    }
}
