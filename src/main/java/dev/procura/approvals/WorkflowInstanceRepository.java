package dev.procura.approvals;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries on workflow instances and their history. */
@ApplicationScoped
public class WorkflowInstanceRepository {

    Optional<WorkflowInstance> of(EntityManager em, String entityType, UUID entityId) {
        return em.createQuery(
                        "SELECT i FROM WorkflowInstance i WHERE i.entityType = :type AND i.entityId = :id",
                        WorkflowInstance.class)
                .setParameter("type", entityType)
                .setParameter("id", entityId)
                .getResultStream()
                .findFirst();
    }

    List<WorkflowHistoryEntry> history(EntityManager em, UUID instanceId) {
        return em.createQuery(
                        "SELECT h FROM WorkflowHistoryEntry h WHERE h.instanceId = :id ORDER BY h.createdAt, h.id",
                        WorkflowHistoryEntry.class)
                .setParameter("id", instanceId)
                .getResultList();
    }
}
