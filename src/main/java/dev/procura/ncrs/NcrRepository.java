package dev.procura.ncrs;

import dev.procura.platform.persistence.Conditions;
import dev.procura.platform.tenancy.PlantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Queries on NCRs and their actions. */
@ApplicationScoped
public class NcrRepository {

    static final Map<String, String> SORTS = Map.of(
            "number", "n.number",
            "raised_on", "n.raisedOn",
            "quantity", "n.quantity",
            "status", "n.status",
            "created_at", "n.createdAt",
            "updated_at", "n.updatedAt");

    /** Filters of the NCR list; {@code visible}: the plants whose NCRs the caller may see. */
    public record Filter(
            String status,
            UUID supplierId,
            String itemCode,
            String source,
            UUID plantId,
            LocalDate from,
            LocalDate to,
            PlantScope visible) {}

    List<Ncr> list(EntityManager em, Filter filter, String sort, int first, int max) {
        return conditions(filter)
                .query(em, "SELECT n FROM Ncr n", Conditions.orderBy(sort, SORTS, "n.id"), Ncr.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    long count(EntityManager em, Filter filter) {
        return conditions(filter).count(em, "SELECT COUNT(n) FROM Ncr n");
    }

    private static Conditions conditions(Filter f) {
        return new Conditions()
                .when(f.status(), "n.status = :status", "status")
                .when(f.supplierId(), "n.supplierId = :supplier", "supplier")
                .when(f.itemCode(), "n.itemCode = :item", "item")
                .when(f.source(), "n.source = :source", "source")
                .when(f.plantId(), "n.plantId = :plant", "plant")
                .when(f.from(), "n.raisedOn >= :from", "from")
                .when(f.to(), "n.raisedOn <= :to", "to")
                .when(
                        f.visible() == null || f.visible().everywhere()
                                ? null
                                : f.visible().plants(),
                        "n.plantId IN :visible",
                        "visible");
    }

    /** The actions of these NCRs, oldest first. */
    List<NcrAction> actions(EntityManager em, Collection<UUID> ncrIds) {
        if (ncrIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT a FROM NcrAction a WHERE a.ncrId IN :ids ORDER BY a.createdAt, a.id", NcrAction.class)
                .setParameter("ids", ncrIds)
                .getResultList();
    }

    long openCorrectiveActions(EntityManager em, UUID ncrId) {
        return actions(em, List.of(ncrId)).stream()
                .filter(NcrAction::isOpenCorrective)
                .count();
    }

    boolean raisedForInspection(EntityManager em, UUID inspectionId) {
        return !em.createQuery(
                        "SELECT n.id FROM Ncr n WHERE n.inspectionId = :inspection AND n.source = 'inspection'",
                        UUID.class)
                .setParameter("inspection", inspectionId)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** The supplier's NCRs raised in {@code [from, to]}: how many, and their total quantity. */
    Object[] bySupplier(EntityManager em, UUID supplierId, LocalDate from, LocalDate to) {
        return em.createQuery(
                        "SELECT COUNT(n), SUM(n.quantity) FROM Ncr n WHERE n.supplierId = :supplier"
                                + " AND n.raisedOn >= :from AND n.raisedOn <= :to",
                        Object[].class)
                .setParameter("supplier", supplierId)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }

    long raisedBetween(EntityManager em, LocalDate from, LocalDate to) {
        return em.createQuery("SELECT COUNT(n) FROM Ncr n WHERE n.raisedOn >= :from AND n.raisedOn <= :to", Long.class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getSingleResult();
    }

    static BigDecimal decimal(Object value) {
        return value == null ? BigDecimal.ZERO : new BigDecimal(value.toString());
    }
}
