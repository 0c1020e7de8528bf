package dev.procura.quality;

import dev.procura.platform.persistence.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries on inspection plans. */
@ApplicationScoped
public class InspectionPlanRepository {

    /** Filters of the plan list. */
    public record Filter(String itemCode, String scope, Boolean active) {}

    public List<InspectionPlan> list(EntityManager em, Filter filter, int first, int max) {
        return conditions(filter)
                .query(
                        em,
                        "SELECT p FROM InspectionPlan p",
                        "p.itemCode, p.scope, p.operation, p.id",
                        InspectionPlan.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(EntityManager em, Filter filter) {
        return conditions(filter).count(em, "SELECT COUNT(p) FROM InspectionPlan p");
    }

    /** The active plan of the item at receipt, or at the operation (null for receipt plans). */
    public Optional<InspectionPlan> active(EntityManager em, String itemCode, String scope, String operation) {
        return em.createQuery(
                        "SELECT p FROM InspectionPlan p WHERE p.active = TRUE AND p.itemCode = :item"
                                + " AND p.scope = :scope",
                        InspectionPlan.class)
                .setParameter("item", itemCode)
                .setParameter("scope", scope)
                .getResultStream()
                .filter(p -> java.util.Objects.equals(p.operation(), operation))
                .findFirst();
    }

    /** The plan a characteristic belongs to. */
    public Optional<InspectionPlan> ofCharacteristic(EntityManager em, UUID characteristicId) {
        return em.createQuery(
                        "SELECT p FROM InspectionPlan p JOIN p.characteristics c WHERE c.id = :id",
                        InspectionPlan.class)
                .setParameter("id", characteristicId)
                .getResultStream()
                .findFirst();
    }

    private static Conditions conditions(Filter filter) {
        return new Conditions()
                .when(filter.itemCode(), "p.itemCode = :item", "item")
                .when(filter.scope(), "p.scope = :scope", "scope")
                .when(filter.active(), "p.active = :active", "active");
    }
}
