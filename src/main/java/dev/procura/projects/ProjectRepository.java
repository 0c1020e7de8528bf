package dev.procura.projects;

import dev.procura.platform.persistence.Conditions;
import dev.procura.platform.tenancy.PlantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries on projects. */
@ApplicationScoped
public class ProjectRepository {

    static final Map<String, String> SORTS = Map.of(
            "code", "p.code",
            "name", "p.name",
            "starts_on", "p.startsOn",
            "ends_on", "p.endsOn",
            "status", "p.status",
            "budget_amount", "p.budgetAmount",
            "created_at", "p.createdAt",
            "updated_at", "p.updatedAt");

    /** Filters of the project list; {@code visible}: the plants whose projects the caller may see. */
    public record Filter(String q, String status, UUID customerId, UUID plantId, UUID managerId, PlantScope visible) {}

    List<Project> list(EntityManager em, Filter filter, String sort, int first, int max) {
        return conditions(filter)
                .query(em, "SELECT p FROM Project p", Conditions.orderBy(sort, SORTS, "p.id"), Project.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    long count(EntityManager em, Filter filter) {
        return conditions(filter).count(em, "SELECT COUNT(p) FROM Project p");
    }

    private static Conditions conditions(Filter f) {
        return new Conditions()
                .contains(f.q(), "q", "LOWER(p.code)", "LOWER(p.name)")
                .when(f.status(), "p.status = :status", "status")
                .when(f.customerId(), "p.customerId = :customer", "customer")
                .when(f.plantId(), "p.plantId = :plant", "plant")
                .when(f.managerId(), "p.managerId = :manager", "manager")
                .when(
                        f.visible() == null || f.visible().everywhere()
                                ? null
                                : f.visible().plants(),
                        "p.plantId IN :visible",
                        "visible");
    }

    Optional<Project> byCode(EntityManager em, String code) {
        return em.createQuery("SELECT p FROM Project p WHERE LOWER(p.code) = LOWER(:code)", Project.class)
                .setParameter("code", code)
                .setMaxResults(1)
                .getResultStream()
                .findFirst();
    }
}
