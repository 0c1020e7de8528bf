package dev.procura.plants;

import dev.procura.platform.persistence.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Queries on plants. */
@ApplicationScoped
public class PlantRepository {

    static final Map<String, String> SORTS =
            Map.of("code", "p.code", "name", "p.name", "created_at", "p.createdAt", "updated_at", "p.updatedAt");

    /** Filters of the plant list: text the code or name contains, active ones only. */
    public record Filter(String q, Boolean active) {}

    public boolean codeTaken(EntityManager em, String code, UUID self) {
        return em.createQuery("SELECT p.id FROM Plant p WHERE p.code = :code", UUID.class)
                .setParameter("code", code)
                .getResultStream()
                .anyMatch(other -> !other.equals(self));
    }

    public List<Plant> list(EntityManager em, Filter filter, String sort, int first, int max) {
        return conditions(filter)
                .query(em, "SELECT p FROM Plant p", Conditions.orderBy(sort, SORTS, "p.id"), Plant.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(EntityManager em, Filter filter) {
        return conditions(filter).count(em, "SELECT COUNT(p) FROM Plant p");
    }

    /** Those of the ids that name a plant of the tenant. */
    public List<UUID> existing(EntityManager em, Collection<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return em.createQuery("SELECT p.id FROM Plant p WHERE p.id IN :ids", UUID.class)
                .setParameter("ids", ids)
                .getResultList();
    }

    private static Conditions conditions(Filter filter) {
        return new Conditions()
                .contains(filter.q(), "q", "LOWER(p.code)", "LOWER(p.name)")
                .when(filter.active(), "p.active = :active", "active");
    }
}
