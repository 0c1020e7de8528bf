package dev.procura.engineering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.List;
import java.util.UUID;

/** Queries on change orders. */
@ApplicationScoped
public class ChangeOrderRepository {

    List<ChangeOrder> ofProject(EntityManager em, UUID projectId, String status, int first, int max) {
        return filtered(em, "SELECT c FROM ChangeOrder c", " ORDER BY c.number", projectId, status, ChangeOrder.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    long countOfProject(EntityManager em, UUID projectId, String status) {
        return filtered(em, "SELECT COUNT(c) FROM ChangeOrder c", "", projectId, status, Long.class)
                .getSingleResult();
    }

    List<ChangeOrder> allOfProject(EntityManager em, UUID projectId) {
        return filtered(em, "SELECT c FROM ChangeOrder c", "", projectId, null, ChangeOrder.class)
                .getResultList();
    }

    private static <T> TypedQuery<T> filtered(
            EntityManager em, String select, String order, UUID projectId, String status, Class<T> type) {
        String where = " WHERE c.projectId = :project" + (status == null ? "" : " AND c.status = :status");
        TypedQuery<T> query = em.createQuery(select + where + order, type).setParameter("project", projectId);
        return status == null ? query : query.setParameter("status", status);
    }
}
