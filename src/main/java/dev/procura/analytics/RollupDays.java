package dev.procura.analytics;

import dev.procura.platform.tenancy.TenantTx;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * Which days of each rolled-up figure are current. A change to a fact inserts a change row for its
 * day in the change's own transaction ({@link #touch}); a read rebuilds the days that have change
 * rows, that were never built (a new tenant, data written around the API), or that were built in
 * another time zone, and then deletes the change rows it saw before reading the facts. A change
 * that commits later keeps its row, so its day is rebuilt again on the next read: a rollup never
 * answers for a day a committed change has touched.
 */
final class RollupDays {

    /** The rolled-up figures, each its own table of rows per day. */
    enum Kind {
        SPEND("spend"),
        RECEIPTS("receipts"),
        VARIANCES("variances"),
        RATINGS("ratings"),
        PROCESSING("processing");

        final String key;

        Kind(String key) {
            this.key = key;
        }
    }

    /** A run of consecutive stale days and the change rows seen for them. */
    record Run(LocalDate from, LocalDate to, Set<LocalDate> days, Set<Long> changes) {}

    /** Writes the rows of a run of days into a kind's table (emptied for those days first). */
    @FunctionalInterface
    interface Rebuild {
        void write(Connection connection, Run run) throws SQLException;
    }

    private static final long REBUILD_LOCK = 0x414e_414c_524f_4c4cL;

    private RollupDays() {}

    /**
     * Brings the days of {@code [from, to]} of {@code kind} up to date in {@code table}: when any is
     * stale, under a per-tenant lock (one rebuild at a time), each run of stale days is emptied and
     * rebuilt from the facts.
     */
    static void refresh(TenantTx tx, Kind kind, String table, LocalDate from, LocalDate to, Rebuild rebuild) {
        if (stale(tx, kind, from, to).isEmpty()) {
            return;
        }
        tx.em()
                .createNativeQuery("SELECT pg_advisory_xact_lock(?1) IS NULL")
                .setParameter(1, REBUILD_LOCK)
                .getSingleResult();
        // Another read may have rebuilt some of the days while this one waited for the lock.
        List<Run> runs = stale(tx, kind, from, to);
        Connection connection = tx.em().unwrap(Connection.class);
        try {
            for (Run run : runs) {
                building(connection, tx, kind, run);
                try (PreparedStatement delete =
                        connection.prepareStatement("DELETE FROM " + table + " WHERE day BETWEEN ? AND ?")) {
                    delete.setObject(1, run.from());
                    delete.setObject(2, run.to());
                    delete.executeUpdate();
                }
                rebuild.write(connection, run);
            }
        } catch (SQLException e) {
            throw new IllegalStateException("Analytics rollup of " + kind.key + " not rebuilt", e);
        }
    }

    /** The days of {@code [from, to]} not current for {@code kind}, as runs of consecutive days. */
    static List<Run> stale(TenantTx tx, Kind kind, LocalDate from, LocalDate to) {
        String zone = tx.calendar().zone().getId();
        Map<LocalDate, Set<Long>> stale = new TreeMap<>();
        for (LocalDate d = from; !d.isAfter(to); d = d.plusDays(1)) {
            stale.put(d, new HashSet<>());
        }
        for (Object[] row : rows(
                tx,
                "SELECT day, zone FROM analytics_rollup_days WHERE kind = ?1 AND day BETWEEN ?2 AND ?3",
                kind,
                from,
                to)) {
            if (zone.equals(row[1])) {
                stale.remove(((Date) row[0]).toLocalDate());
            }
        }
        for (Object[] row : rows(
                tx,
                "SELECT day, id FROM analytics_rollup_changes WHERE kind = ?1 AND day BETWEEN ?2 AND ?3",
                kind,
                from,
                to)) {
            stale.computeIfAbsent(((Date) row[0]).toLocalDate(), d -> new HashSet<>())
                    .add(((Number) row[1]).longValue());
        }
        return runs(stale);
    }

    /** Consecutive days as runs, in order. */
    static List<Run> runs(Map<LocalDate, Set<Long>> stale) {
        List<Run> runs = new ArrayList<>();
        Set<LocalDate> days = new TreeSet<>();
        Set<Long> changes = new HashSet<>();
        LocalDate start = null;
        LocalDate last = null;
        for (Map.Entry<LocalDate, Set<Long>> e : new TreeMap<>(stale).entrySet()) {
            if (last != null && !e.getKey().equals(last.plusDays(1))) {
                runs.add(new Run(start, last, days, changes));
                days = new TreeSet<>();
                changes = new HashSet<>();
                start = null;
            }
            if (start == null) {
                start = e.getKey();
            }
            days.add(e.getKey());
            changes.addAll(e.getValue());
            last = e.getKey();
        }
        if (start != null) {
            runs.add(new Run(start, last, days, changes));
        }
        return runs;
    }

    /** Before the run's facts are read: the run's days are built in the tenant's zone, its change rows consumed. */
    private static void building(Connection connection, TenantTx tx, Kind kind, Run run) throws SQLException {
        try (PreparedStatement s =
                connection.prepareStatement("INSERT INTO analytics_rollup_days (kind, day, zone) VALUES (?, ?, ?)"
                        + " ON CONFLICT (kind, day) DO UPDATE SET zone = EXCLUDED.zone")) {
            for (LocalDate day : run.days()) {
                s.setString(1, kind.key);
                s.setObject(2, day);
                s.setString(3, tx.calendar().zone().getId());
                s.addBatch();
            }
            s.executeBatch();
        }
        if (!run.changes().isEmpty()) {
            try (PreparedStatement s =
                    connection.prepareStatement("DELETE FROM analytics_rollup_changes WHERE id = ANY (?)")) {
                s.setArray(1, connection.createArrayOf("bigint", run.changes().toArray()));
                s.executeUpdate();
            }
        }
    }

    /** In the transaction of a change: these days of {@code kind} must be rebuilt before they are read again. */
    static void touch(EntityManager em, Kind kind, Collection<LocalDate> days) {
        for (LocalDate day : new TreeSet<>(days)) {
            em.createNativeQuery("INSERT INTO analytics_rollup_changes (kind, day) VALUES (?1, ?2)")
                    .setParameter(1, kind.key)
                    .setParameter(2, Date.valueOf(day))
                    .executeUpdate();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Object[]> rows(TenantTx tx, String sql, Kind kind, LocalDate from, LocalDate to) {
        return tx.em()
                .createNativeQuery(sql)
                .setParameter(1, kind.key)
                .setParameter(2, Date.valueOf(from))
                .setParameter(3, Date.valueOf(to))
                .getResultList();
    }
}
