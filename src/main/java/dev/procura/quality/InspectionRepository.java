package dev.procura.quality;

import dev.procura.platform.persistence.Conditions;
import dev.procura.platform.tenancy.PlantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Queries on inspections and their measurements. */
@ApplicationScoped
public class InspectionRepository {

    /** Filters of the inspection list; {@code visible}: the plants the caller reads. */
    public record Filter(String status, String itemCode, String source, UUID plantId, PlantScope visible) {}

    public List<Inspection> list(EntityManager em, Filter filter, int first, int max) {
        return conditions(filter)
                .query(em, "SELECT i FROM Inspection i", "i.createdAt DESC, i.id", Inspection.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(EntityManager em, Filter filter) {
        return conditions(filter).count(em, "SELECT COUNT(i) FROM Inspection i");
    }

    public long ofPlan(EntityManager em, UUID planId) {
        return em.createQuery("SELECT COUNT(i) FROM Inspection i WHERE i.planId = :plan", Long.class)
                .setParameter("plan", planId)
                .getSingleResult();
    }

    public long atPlant(EntityManager em, UUID plantId) {
        return em.createQuery("SELECT COUNT(i) FROM Inspection i WHERE i.plantId = :plant", Long.class)
                .setParameter("plant", plantId)
                .getSingleResult();
    }

    public boolean ofReceiptLine(EntityManager em, UUID receiptId, int line) {
        return !em.createQuery(
                        "SELECT i.id FROM Inspection i WHERE i.receiptId = :receipt AND i.receiptLine = :line",
                        UUID.class)
                .setParameter("receipt", receiptId)
                .setParameter("line", line)
                .getResultList()
                .isEmpty();
    }

    public boolean ofWorkOrderOperation(EntityManager em, UUID workOrderId, int sequence) {
        return !em.createQuery(
                        "SELECT i.id FROM Inspection i WHERE i.workOrderId = :wo AND i.operationSequence = :seq",
                        UUID.class)
                .setParameter("wo", workOrderId)
                .setParameter("seq", sequence)
                .getResultList()
                .isEmpty();
    }

    /** The inspection's measurements, oldest first. */
    public List<Measurement> measurements(EntityManager em, UUID inspectionId) {
        return em.createQuery(
                        "SELECT m FROM Measurement m WHERE m.inspectionId = :inspection"
                                + " ORDER BY m.measuredAt, m.recordedAt, m.id",
                        Measurement.class)
                .setParameter("inspection", inspectionId)
                .getResultList();
    }

    /** Measurements of any of the characteristics (by id). */
    public long measuredOf(EntityManager em, Collection<UUID> characteristicIds) {
        if (characteristicIds.isEmpty()) {
            return 0;
        }
        return em.createQuery("SELECT COUNT(m) FROM Measurement m WHERE m.characteristicId IN :ids", Long.class)
                .setParameter("ids", characteristicIds)
                .getSingleResult();
    }

    /** The characteristic's measurements taken in the period (both ends included), oldest first. */
    /** A measurement as SPC charts read it: no entity, so 50,000 of them cost a read, not a persistence context. */
    public record Reading(UUID inspectionId, int subgroup, BigDecimal value, boolean passed, Instant measuredAt) {}

    public List<Reading> ofCharacteristic(EntityManager em, UUID characteristicId, Instant from, Instant to) {
        return em.createQuery(
                        "SELECT m.inspectionId, m.subgroup, m.value, m.passed, m.measuredAt FROM Measurement m"
                                + " WHERE m.characteristicId = :id AND m.measuredAt >= :from AND m.measuredAt <= :to"
                                + " ORDER BY m.measuredAt, m.recordedAt, m.id",
                        Object[].class)
                .setParameter("id", characteristicId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(r -> new Reading(
                        (UUID) r[0], ((Number) r[1]).intValue(), (BigDecimal) r[2], (Boolean) r[3], (Instant) r[4]))
                .toList();
    }

    private static Conditions conditions(Filter filter) {
        PlantScope visible = filter.visible();
        return new Conditions()
                .when(filter.status(), "i.status = :status", "status")
                .when(filter.itemCode(), "i.itemCode = :item", "item")
                .when(filter.source(), "i.source = :source", "source")
                .when(filter.plantId(), "i.plantId = :plant", "plant")
                .when(
                        visible == null || visible.everywhere() ? null : visible.plants(),
                        "i.plantId IN :visible",
                        "visible");
    }
}
