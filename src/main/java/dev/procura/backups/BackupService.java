package dev.procura.backups;

import dev.procura.backups.BackupViews.BackupView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.storage.BlobStore;
import dev.procura.platform.tenancy.TenantDatabaseRepository;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Backups of tenant databases: an operator's backup starts at once; scheduled ones queue and run
 * {@code procura.backups.parallel} at a time across the cluster; backups past their retention go,
 * objects first.
 */
@ApplicationScoped
public class BackupService {

    /** First key of the per-tenant advisory lock that serialises queueing a scheduled backup. */
    private static final int SCHEDULE_TENANT_LOCK = 0x5042_4b53;

    private static final Logger LOG = Logger.getLogger(BackupService.class.getName());

    @Inject
    BackupRepository repository;

    @Inject
    TenantDatabaseRepository placements;

    @Inject
    ControlTransaction transaction;

    @Inject
    BlobStore blobs;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    @Inject
    @ConfigProperty(name = "procura.backups.parallel", defaultValue = "2")
    int parallel;

    @PersistenceContext(unitName = "control")
    EntityManager em;

    public BackupView start(UUID tenantId) {
        requireTenant(tenantId);
        TenantBackup backup =
                new TenantBackup(UUID.randomUUID(), tenantId, TenantBackup.MANUAL, actor(), clock.instant());
        transaction.run(() -> repository.add(backup));
        BackupJobs.startBackup(backup.id());
        return BackupViews.of(backup);
    }

    public BackupView get(UUID tenantId, UUID backupId) {
        return BackupViews.of(repository
                .backup(tenantId, backupId)
                .orElseThrow(() -> new Failure.NotFound("No backup " + backupId + " of tenant " + tenantId)));
    }

    public Page<BackupView> list(UUID tenantId, int page, int perPage) {
        requireTenant(tenantId);
        List<BackupView> items = repository.backups(tenantId, (page - 1) * perPage, perPage).stream()
                .map(BackupViews::of)
                .toList();
        return new Page<>(items, page, perPage, repository.countBackups(tenantId));
    }

    /**
     * Queues a scheduled backup of the tenant (started by {@link #startQueued}) unless it has a
     * backup made since {@code since}; answers whether it queued one. The check and the insert hold
     * a per-tenant advisory lock, so two servers running the schedule at once queue one backup.
     */
    public boolean enqueueScheduled(UUID tenantId, Instant since) {
        return transaction.call(() -> {
            em.createNativeQuery("SELECT pg_advisory_xact_lock(?1, hashtext(?2)) IS NULL")
                    .setParameter(1, SCHEDULE_TENANT_LOCK)
                    .setParameter(2, tenantId.toString())
                    .getSingleResult();
            if (repository.backedUpSince(tenantId, since)) {
                return false;
            }
            repository.add(
                    new TenantBackup(UUID.randomUUID(), tenantId, TenantBackup.SCHEDULED, null, clock.instant()));
            return true;
        });
    }

    /** Starts queued scheduled backups while fewer than {@code parallel} backups run, cluster-wide. */
    public void startQueued() {
        try {
            UUID next;
            while ((next = transaction.call(this::claimNext)) != null) {
                BackupJobs.startBackup(next);
            }
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "Queued backups not started; the schedule tries again", e);
        }
    }

    private UUID claimNext() {
        em.createNativeQuery("SELECT pg_advisory_xact_lock(?1)")
                .setParameter(1, 0x5052_4f43_4241_4b31L)
                .getSingleResult();
        long running = ((Number) em.createNativeQuery("SELECT count(*) FROM tenant_backups WHERE status = 'RUNNING'")
                        .getSingleResult())
                .longValue();
        if (running >= parallel) {
            return null;
        }
        @SuppressWarnings("unchecked")
        List<Object> queued = em.createNativeQuery("SELECT id FROM tenant_backups WHERE status = 'QUEUED'"
                        + " AND trigger_kind = 'scheduled' ORDER BY created_at LIMIT 1")
                .getResultList();
        if (queued.isEmpty()) {
            return null;
        }
        UUID id = queued.get(0) instanceof UUID uuid
                ? uuid
                : UUID.fromString(queued.get(0).toString());
        repository.lockBackup(id).ifPresent(b -> b.started(clock.instant()));
        return id;
    }

    /** Deletes the tenant's finished backups older than {@code retention}: objects, then rows. Returns how many. */
    public int prune(UUID tenantId, Duration retention) {
        Instant cutoff = clock.instant().minus(retention);
        int pruned = 0;
        for (TenantBackup old : repository.backupsBefore(tenantId, cutoff, 100)) {
            if (old.status() == BackupStatus.QUEUED || old.status() == BackupStatus.RUNNING) {
                continue;
            }
            blobs.list(old.prefix()).keySet().forEach(blobs::delete);
            transaction.run(() -> repository.lockBackup(old.id()).ifPresent(repository::remove));
            pruned++;
        }
        return pruned;
    }

    void requireTenant(UUID tenantId) {
        if (placements.find(tenantId).isEmpty()) {
            throw new Failure.NotFound("No tenant " + tenantId);
        }
    }

    private UUID actor() {
        try {
            return caller.isPresent() ? caller.get().userId() : null;
        } catch (ContextNotActiveException outsideARequest) {
            return null;
        }
    }
}
