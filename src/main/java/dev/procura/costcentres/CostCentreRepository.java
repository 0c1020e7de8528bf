package dev.procura.costcentres;

import dev.procura.platform.persistence.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries on cost centres. */
@ApplicationScoped
public class CostCentreRepository {

    static final Map<String, String> SORTS =
            Map.of("code", "c.code", "name", "c.name", "created_at", "c.createdAt", "updated_at", "c.updatedAt");

    /** Filters of the list: code or name contains, active or not, children of a parent, owned by a member. */
    public record Filter(String q, Boolean active, UUID parentId, UUID ownerId) {}

    /** By code in any case (codes are unique regardless of case). */
    public Optional<CostCentre> byCode(EntityManager em, String code) {
        return em.createQuery("SELECT c FROM CostCentre c WHERE LOWER(c.code) = LOWER(:code)", CostCentre.class)
                .setParameter("code", code)
                .getResultStream()
                .findFirst();
    }

    public boolean codeTaken(EntityManager em, String code, UUID self) {
        return byCode(em, code).filter(other -> !other.id().equals(self)).isPresent();
    }

    public long activeChildren(EntityManager em, UUID parentId) {
        return em.createQuery(
                        "SELECT COUNT(c) FROM CostCentre c WHERE c.parentId = :parent AND c.active = TRUE", Long.class)
                .setParameter("parent", parentId)
                .getSingleResult();
    }

    /** Every cost centre whose parent is one of {@code parentIds}, by code. */
    public List<CostCentre> childrenOf(EntityManager em, Collection<UUID> parentIds) {
        if (parentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT c FROM CostCentre c WHERE c.parentId IN :parents ORDER BY c.code, c.id",
                        CostCentre.class)
                .setParameter("parents", parentIds)
                .getResultList();
    }

    public List<CostCentre> list(EntityManager em, Filter filter, String sort, int first, int max) {
        return conditions(filter)
                .query(em, "SELECT c FROM CostCentre c", Conditions.orderBy(sort, SORTS, "c.id"), CostCentre.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(EntityManager em, Filter filter) {
        return conditions(filter).count(em, "SELECT COUNT(c) FROM CostCentre c");
    }

    private static Conditions conditions(Filter filter) {
        return new Conditions()
                .contains(filter.q(), "q", "LOWER(c.code)", "LOWER(c.name)")
                .when(filter.active(), "c.active = :active", "active")
                .when(filter.parentId(), "c.parentId = :parent", "parent")
                .when(filter.ownerId(), "c.ownerId = :owner", "owner");
    }
}
