package dev.procura.labels;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries on label templates and label jobs. */
@ApplicationScoped
public class LabelRepository {

    Optional<LabelTemplate> template(EntityManager em, UUID id) {
        return Optional.ofNullable(em.find(LabelTemplate.class, id));
    }

    boolean isNameTaken(EntityManager em, String name, UUID except) {
        return !em.createQuery(
                        "SELECT t.id FROM LabelTemplate t WHERE t.nameKey = :key AND t.id <> :except", UUID.class)
                .setParameter("key", LabelTemplate.key(name))
                .setParameter("except", except == null ? new UUID(0, 0) : except)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    List<LabelTemplate> templates(EntityManager em, int first, int max) {
        return em.createQuery("SELECT t FROM LabelTemplate t ORDER BY t.nameKey, t.id", LabelTemplate.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    long countTemplates(EntityManager em) {
        return em.createQuery("SELECT COUNT(t) FROM LabelTemplate t", Long.class)
                .getSingleResult();
    }

    Optional<LabelJob> job(EntityManager em, UUID id) {
        return Optional.ofNullable(em.find(LabelJob.class, id));
    }

    Optional<LabelJob> lockedJob(EntityManager em, UUID id) {
        return Optional.ofNullable(em.find(LabelJob.class, id, LockModeType.PESSIMISTIC_WRITE));
    }
}
