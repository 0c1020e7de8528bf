package dev.procura.suppliers;

import dev.procura.platform.events.EventWritten;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Each supplier's scorecard inputs over the year to today, kept in {@code supplier_standings} so
 * the gate on new RFQs and orders reads one row. The facts that change them (a rating, a receipt)
 * drop the supplier's row in their own transaction; the next gate recomputes it, as does the first
 * gate of a new day (the year window moved). The tenant's weights and standings apply on read, so
 * a settings change takes effect at once.
 */
@ApplicationScoped
public class SupplierStandings {

    @Inject
    Clock clock;

    private static final Set<String> CHANGING_EVENTS =
            Set.of("supplier.rated", "receipt.recorded", "ncr.raised", "ncr.changed");

    /** The inputs for {@code today}: kept ones if current, otherwise {@code compute}d and kept. */
    SupplierScorecard.Inputs inputs(
            EntityManager em, UUID supplierId, LocalDate today, Supplier<SupplierScorecard.Inputs> compute) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery(
                        "SELECT quality_mark, delivery_mark, price_mark, service_mark, accepted_percent,"
                                + " on_time_percent, non_conformances FROM supplier_standings"
                                + " WHERE supplier_id = ?1 AND window_end = ?2")
                .setParameter(1, supplierId)
                .setParameter(2, today)
                .getResultList();
        if (!rows.isEmpty()) {
            Object[] row = rows.get(0);
            return new SupplierScorecard.Inputs(
                    decimal(row[0]),
                    decimal(row[1]),
                    decimal(row[2]),
                    decimal(row[3]),
                    decimal(row[4]),
                    decimal(row[5]),
                    row[6] == null ? null : ((Number) row[6]).longValue());
        }
        SupplierScorecard.Inputs inputs = compute.get();
        em.createNativeQuery("INSERT INTO supplier_standings (supplier_id, window_end, quality_mark, delivery_mark,"
                        + " price_mark, service_mark, accepted_percent, on_time_percent, non_conformances, computed_at)"
                        + " VALUES (?1, ?2, CAST(?3 AS NUMERIC), CAST(?4 AS NUMERIC), CAST(?5 AS NUMERIC), CAST(?6 AS NUMERIC),"
                        + " CAST(?7 AS NUMERIC), CAST(?8 AS NUMERIC), CAST(?9 AS INTEGER), ?10)"
                        + " ON CONFLICT (supplier_id) DO UPDATE SET"
                        + " window_end = EXCLUDED.window_end, quality_mark = EXCLUDED.quality_mark,"
                        + " delivery_mark = EXCLUDED.delivery_mark, price_mark = EXCLUDED.price_mark,"
                        + " service_mark = EXCLUDED.service_mark, accepted_percent = EXCLUDED.accepted_percent,"
                        + " on_time_percent = EXCLUDED.on_time_percent, non_conformances = EXCLUDED.non_conformances,"
                        + " computed_at = EXCLUDED.computed_at")
                .setParameter(1, supplierId)
                .setParameter(2, today)
                .setParameter(3, inputs.qualityMark())
                .setParameter(4, inputs.deliveryMark())
                .setParameter(5, inputs.priceMark())
                .setParameter(6, inputs.serviceMark())
                .setParameter(7, inputs.acceptedPercent())
                .setParameter(8, inputs.onTimePercent())
                .setParameter(9, inputs.nonConformances())
                .setParameter(10, Timestamp.from(clock.instant()))
                .executeUpdate();
        return inputs;
    }

    /**
     * In the transaction that writes a rating, a receipt or an NCR: the supplier's kept inputs are
     * stale (and, for an NCR moved to another supplier, the previous supplier's).
     */
    void onEventWritten(@Observes EventWritten event) {
        if (!CHANGING_EVENTS.contains(event.eventType()) || !(event.data() instanceof Map<?, ?> data)) {
            return;
        }
        for (String key : List.of("supplier_id", "previous_supplier_id")) {
            if (data.get(key) instanceof UUID supplierId) {
                event.em()
                        .createNativeQuery("DELETE FROM supplier_standings WHERE supplier_id = ?1")
                        .setParameter(1, supplierId)
                        .executeUpdate();
            }
        }
    }

    private static BigDecimal decimal(Object value) {
        return value == null ? null : new BigDecimal(value.toString());
    }
}
