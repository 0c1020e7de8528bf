package dev.procura.approvals;

import dev.procura.platform.persistence.Conditions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Queries on approvals, their history, delegations and workflow definitions. */
@ApplicationScoped
public class ApprovalRepository {

    static final Map<String, String> SORTS = Map.of(
            "created_at", "a.createdAt", "updated_at", "a.updatedAt", "reference", "a.reference", "status", "a.status");

    /** The approval, locked until the transaction ends: deciders of one approval go one at a time. */
    Optional<Approval> locked(EntityManager em, UUID id) {
        return Optional.ofNullable(em.find(Approval.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    Optional<Approval> open(EntityManager em, String documentType, UUID documentId) {
        return em
                .createQuery(
                        "SELECT a FROM Approval a WHERE a.documentType = :type AND a.documentId = :doc"
                                + " AND a.status = 'pending'",
                        Approval.class)
                .setParameter("type", documentType)
                .setParameter("doc", documentId)
                .getResultList()
                .stream()
                .findFirst();
    }

    List<Approval> list(EntityManager em, String status, String documentType, String sort, int first, int max) {
        return conditions(status, documentType)
                .query(em, "SELECT a FROM Approval a", Conditions.orderBy(sort, SORTS, "a.id"), Approval.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    long count(EntityManager em, String status, String documentType) {
        return conditions(status, documentType).count(em, "SELECT COUNT(a) FROM Approval a");
    }

    private static Conditions conditions(String status, String documentType) {
        return new Conditions()
                .when(status, "a.status = :status", "status")
                .when(documentType, "a.documentType = :type", "type");
    }

    List<Approval> pending(EntityManager em) {
        return em.createQuery(
                        "SELECT a FROM Approval a WHERE a.status = 'pending' ORDER BY a.createdAt, a.id",
                        Approval.class)
                .setMaxResults(1000)
                .getResultList();
    }

    List<ApprovalStep> history(EntityManager em, UUID approvalId) {
        return em.createQuery(
                        "SELECT s FROM ApprovalStep s WHERE s.approvalId = :id ORDER BY s.createdAt, s.id",
                        ApprovalStep.class)
                .setParameter("id", approvalId)
                .getResultList();
    }

    List<ApprovalStep> decisions(EntityManager em, UUID approvalId, int level) {
        return em.createQuery(
                        "SELECT s FROM ApprovalStep s WHERE s.approvalId = :id AND s.level = :level"
                                + " AND s.action IN ('approved', 'rejected')",
                        ApprovalStep.class)
                .setParameter("id", approvalId)
                .setParameter("level", level)
                .getResultList();
    }

    /** Delegations in force on {@code day} from any of {@code users}. */
    List<Delegation> delegationsFrom(EntityManager em, java.util.Collection<UUID> users, LocalDate day) {
        if (users.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT d FROM Delegation d WHERE d.userId IN :users AND d.startsOn <= :day"
                                + " AND d.endsOn >= :day",
                        Delegation.class)
                .setParameter("users", users)
                .setParameter("day", day)
                .getResultList();
    }

    List<Delegation> delegationsOf(EntityManager em, UUID user) {
        return em.createQuery(
                        "SELECT d FROM Delegation d WHERE d.userId = :user OR d.delegateId = :user"
                                + " ORDER BY d.startsOn, d.id",
                        Delegation.class)
                .setParameter("user", user)
                .getResultList();
    }

    long countActiveDefinitions(EntityManager em) {
        return em.createQuery("SELECT COUNT(w) FROM WorkflowDefinition w WHERE w.active = TRUE", Long.class)
                .getSingleResult();
    }

    Optional<WorkflowDefinition> activeDefinition(EntityManager em, String documentType) {
        return em
                .createQuery(
                        "SELECT w FROM WorkflowDefinition w WHERE w.documentType = :type AND w.active = TRUE",
                        WorkflowDefinition.class)
                .setParameter("type", documentType)
                .getResultList()
                .stream()
                .findFirst();
    }

    List<WorkflowDefinition> definitions(EntityManager em, String documentType) {
        return new Conditions()
                .when(documentType, "w.documentType = :type", "type")
                .query(
                        em,
                        "SELECT w FROM WorkflowDefinition w",
                        "w.documentType, w.version DESC",
                        WorkflowDefinition.class)
                .setMaxResults(200)
                .getResultList();
    }

    int lastVersion(EntityManager em, String documentType) {
        Integer last = em.createQuery(
                        "SELECT MAX(w.version) FROM WorkflowDefinition w WHERE w.documentType = :type", Integer.class)
                .setParameter("type", documentType)
                .getSingleResult();
        return last == null ? 0 : last;
    }
}
