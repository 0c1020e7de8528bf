package dev.procura.plans;

import dev.procura.platform.persistence.SqlArrays;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Usage events and their daily totals in the control database (plain SQL: upserts). */
@ApplicationScoped
public class UsageRepository {

    /** A tenant's total of a meter over a span of days. */
    public record Total(UUID tenantId, String meter, long quantity) {}

    @PersistenceContext(unitName = "control")
    EntityManager em;

    /** Keeps the event unless its id is known; true when it was new. */
    public boolean addEvent(UUID eventId, UUID tenantId, String meter, long quantity, Instant at, Instant now) {
        return em.createNativeQuery(
                                "INSERT INTO usage_events (event_id, tenant_id, meter, quantity, occurred_at, recorded_at)"
                                        + " VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (event_id) DO NOTHING")
                        .setParameter(1, eventId)
                        .setParameter(2, tenantId)
                        .setParameter(3, meter)
                        .setParameter(4, quantity)
                        .setParameter(5, Timestamp.from(at))
                        .setParameter(6, Timestamp.from(now))
                        .executeUpdate()
                == 1;
    }

    /** Adds to a counter's day. */
    public void addToDay(UUID tenantId, String meter, LocalDate day, long quantity) {
        em.createNativeQuery(
                        "INSERT INTO usage_daily (tenant_id, meter, day, quantity) VALUES (?1, ?2, ?3, ?4)"
                                + " ON CONFLICT (tenant_id, meter, day) DO UPDATE SET quantity = usage_daily.quantity + EXCLUDED.quantity")
                .setParameter(1, tenantId)
                .setParameter(2, meter)
                .setParameter(3, Date.valueOf(day))
                .setParameter(4, quantity)
                .executeUpdate();
    }

    /** Keeps a gauge's highest reading of the day. */
    public void readingOfDay(UUID tenantId, String meter, LocalDate day, long quantity) {
        em.createNativeQuery(
                        "INSERT INTO usage_daily (tenant_id, meter, day, quantity) VALUES (?1, ?2, ?3, ?4)"
                                + " ON CONFLICT (tenant_id, meter, day) DO UPDATE SET quantity = GREATEST(usage_daily.quantity, EXCLUDED.quantity)")
                .setParameter(1, tenantId)
                .setParameter(2, meter)
                .setParameter(3, Date.valueOf(day))
                .setParameter(4, quantity)
                .executeUpdate();
    }

    /** A tenant's sum of a counter over [from, to]. */
    public long sum(UUID tenantId, String meter, LocalDate from, LocalDate to) {
        Object sum = em.createNativeQuery("SELECT COALESCE(SUM(quantity), 0) FROM usage_daily"
                        + " WHERE tenant_id = ?1 AND meter = ?2 AND day BETWEEN ?3 AND ?4")
                .setParameter(1, tenantId)
                .setParameter(2, meter)
                .setParameter(3, Date.valueOf(from))
                .setParameter(4, Date.valueOf(to))
                .getSingleResult();
        return ((Number) sum).longValue();
    }

    /**
     * Every tenant's totals over [from, to]: the sum of each counter, the highest reading of each
     * gauge, ordered by tenant and meter.
     */
    public List<Total> totals(LocalDate from, LocalDate to, List<String> gauges) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT tenant_id, meter, CASE WHEN meter = ANY (CAST(?3 AS VARCHAR[]))"
                                + " THEN MAX(quantity) ELSE SUM(quantity) END FROM usage_daily WHERE day BETWEEN ?1 AND ?2"
                                + " GROUP BY tenant_id, meter ORDER BY tenant_id, meter")
                .setParameter(1, Date.valueOf(from))
                .setParameter(2, Date.valueOf(to))
                .setParameter(3, SqlArrays.of(gauges))
                .getResultList();
        return rows.stream()
                .map(row -> new Total((UUID) row[0], (String) row[1], ((Number) row[2]).longValue()))
                .toList();
    }

    public int forgetEventsRecordedBefore(Instant before) {
        return em.createNativeQuery("DELETE FROM usage_events WHERE recorded_at < ?1")
                .setParameter(1, Timestamp.from(before))
                .executeUpdate();
    }

    /** Records that a limit warning went out; false when it already had. */
    public boolean addAlert(UUID tenantId, String meter, String period, int threshold, Instant now) {
        return em.createNativeQuery("INSERT INTO limit_alerts (tenant_id, meter, period, threshold, alerted_at)"
                                + " VALUES (?1, ?2, ?3, ?4, ?5) ON CONFLICT DO NOTHING")
                        .setParameter(1, tenantId)
                        .setParameter(2, meter)
                        .setParameter(3, period)
                        .setParameter(4, threshold)
                        .setParameter(5, Timestamp.from(now))
                        .executeUpdate()
                == 1;
    }
}
