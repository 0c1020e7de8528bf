package dev.procura.backups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Moves of tenants between servers (control database). */
@ApplicationScoped
public class MoveRepository {

    @PersistenceContext(unitName = "control")
    EntityManager em;

    public void add(TenantMove move) {
        em.persist(move);
        em.flush();
    }

    public Optional<TenantMove> move(UUID tenantId, UUID moveId) {
        return Optional.ofNullable(em.find(TenantMove.class, moveId))
                .filter(m -> m.tenantId().equals(tenantId));
    }

    public Optional<TenantMove> lock(UUID moveId) {
        return Optional.ofNullable(em.find(TenantMove.class, moveId, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<TenantMove> moves(UUID tenantId, int first, int max) {
        return em.createQuery(
                        "SELECT m FROM TenantMove m WHERE m.tenantId = :tenant ORDER BY m.createdAt DESC, m.id",
                        TenantMove.class)
                .setParameter("tenant", tenantId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long count(UUID tenantId) {
        return em.createQuery("SELECT COUNT(m) FROM TenantMove m WHERE m.tenantId = :tenant", Long.class)
                .setParameter("tenant", tenantId)
                .getSingleResult();
    }
}
