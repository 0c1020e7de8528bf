package dev.procura.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries on milestones. */
@ApplicationScoped
public class MilestoneRepository {

    List<Milestone> ofProject(EntityManager em, UUID projectId) {
        return em.createQuery(
                        "SELECT m FROM Milestone m WHERE m.projectId = :project ORDER BY m.plannedOn, m.createdAt, m.id",
                        Milestone.class)
                .setParameter("project", projectId)
                .getResultList();
    }

    List<Milestone> ofProject(EntityManager em, UUID projectId, int first, int max) {
        return em.createQuery(
                        "SELECT m FROM Milestone m WHERE m.projectId = :project ORDER BY m.plannedOn, m.createdAt, m.id",
                        Milestone.class)
                .setParameter("project", projectId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    long countOfProject(EntityManager em, UUID projectId) {
        return em.createQuery("SELECT COUNT(m) FROM Milestone m WHERE m.projectId = :project", Long.class)
                .setParameter("project", projectId)
                .getSingleResult();
    }

    Optional<Milestone> milestone(EntityManager em, UUID projectId, UUID milestoneId) {
        return Optional.ofNullable(em.find(Milestone.class, milestoneId))
                .filter(m -> m.projectId().equals(projectId));
    }

    /** Open milestones planned before {@code today} whose owner was not told yet, locked (other servers skip them). */
    List<Milestone> newlyOverdue(EntityManager em, LocalDate today, int max) {
        return em.createQuery(
                        "SELECT m FROM Milestone m WHERE m.status = :open AND m.plannedOn < :today"
                                + " AND m.overdueNotifiedAt IS NULL ORDER BY m.plannedOn, m.id",
                        Milestone.class)
                .setParameter("open", Milestone.OPEN)
                .setParameter("today", today)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .setMaxResults(max)
                .getResultList();
    }
}
