package dev.procura.backups;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Backups and restores of tenants (control database). */
@ApplicationScoped
public class BackupRepository {

    @PersistenceContext(unitName = "control")
    EntityManager em;

    public void add(Object row) {
        em.persist(row);
        em.flush();
    }

    public Optional<TenantBackup> backup(UUID tenantId, UUID backupId) {
        return Optional.ofNullable(em.find(TenantBackup.class, backupId))
                .filter(b -> b.tenantId().equals(tenantId));
    }

    /** The backup as the database has it now, never a copy an earlier read of this thread holds. */
    public Optional<TenantBackup> freshBackup(UUID tenantId, UUID backupId) {
        return Optional.ofNullable(em.find(TenantBackup.class, backupId, java.util.Map.of("eclipselink.refresh", true)))
                .filter(b -> b.tenantId().equals(tenantId));
    }

    public Optional<TenantBackup> lockBackup(UUID backupId) {
        return Optional.ofNullable(em.find(TenantBackup.class, backupId, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<TenantBackup> backups(UUID tenantId, int first, int max) {
        return em.createQuery(
                        "SELECT b FROM TenantBackup b WHERE b.tenantId = :tenant ORDER BY b.createdAt DESC, b.id",
                        TenantBackup.class)
                .setParameter("tenant", tenantId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countBackups(UUID tenantId) {
        return em.createQuery("SELECT COUNT(b) FROM TenantBackup b WHERE b.tenantId = :tenant", Long.class)
                .setParameter("tenant", tenantId)
                .getSingleResult();
    }

    /** Backups made before {@code cutoff}, oldest first, at most {@code max}. */
    public List<TenantBackup> backupsBefore(UUID tenantId, Instant cutoff, int max) {
        return em.createQuery(
                        "SELECT b FROM TenantBackup b WHERE b.tenantId = :tenant AND b.createdAt < :cutoff"
                                + " ORDER BY b.createdAt",
                        TenantBackup.class)
                .setParameter("tenant", tenantId)
                .setParameter("cutoff", cutoff)
                .setMaxResults(max)
                .getResultList();
    }

    /** Tenants with a backup of either trigger made since {@code since}. */
    public List<UUID> tenantsBackedUpSince(Instant since) {
        return em.createQuery("SELECT DISTINCT b.tenantId FROM TenantBackup b WHERE b.createdAt >= :since", UUID.class)
                .setParameter("since", since)
                .getResultList();
    }

    /** Whether the tenant has a backup (in any state) made since {@code since}. */
    public boolean backedUpSince(UUID tenantId, Instant since) {
        return !em.createQuery(
                        "SELECT b.id FROM TenantBackup b WHERE b.tenantId = :tenant AND b.createdAt >= :since",
                        UUID.class)
                .setParameter("tenant", tenantId)
                .setParameter("since", since)
                .setMaxResults(1)
                .getResultList()
                .isEmpty();
    }

    /** Tenants with any backup, for the retention sweep. */
    public List<UUID> tenantsWithBackups() {
        return em.createQuery("SELECT DISTINCT b.tenantId FROM TenantBackup b", UUID.class)
                .getResultList();
    }

    public void remove(TenantBackup backup) {
        em.createQuery("DELETE FROM TenantRestore r WHERE r.backupId = :id")
                .setParameter("id", backup.id())
                .executeUpdate();
        em.remove(em.contains(backup) ? backup : em.merge(backup));
    }

    public Optional<TenantRestore> restore(UUID tenantId, UUID restoreId) {
        return Optional.ofNullable(em.find(TenantRestore.class, restoreId))
                .filter(r -> r.tenantId().equals(tenantId));
    }

    public Optional<TenantRestore> lockRestore(UUID restoreId) {
        return Optional.ofNullable(em.find(TenantRestore.class, restoreId, LockModeType.PESSIMISTIC_WRITE));
    }

    public List<TenantRestore> restores(UUID tenantId, int first, int max) {
        return em.createQuery(
                        "SELECT r FROM TenantRestore r WHERE r.tenantId = :tenant ORDER BY r.createdAt DESC, r.id",
                        TenantRestore.class)
                .setParameter("tenant", tenantId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countRestores(UUID tenantId) {
        return em.createQuery("SELECT COUNT(r) FROM TenantRestore r WHERE r.tenantId = :tenant", Long.class)
                .setParameter("tenant", tenantId)
                .getSingleResult();
    }
}
