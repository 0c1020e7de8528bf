package dev.procura.backups;

import dev.procura.backups.BackupViews.RestoreView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.TenantReadOnly;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.UUID;

/**
 * Restores of a tenant from its backups. The tenant turns read-only before the job starts (so a
 * write right after the 202 is refused) and takes writes again when the job ends, however it ends.
 */
@ApplicationScoped
public class RestoreService {

    /** The reason a restoring tenant gives for refusing writes. */
    public static final String READ_ONLY_REASON = "restore";

    @Inject
    BackupRepository repository;

    @Inject
    BackupService backups;

    @Inject
    BackupOutcomes outcomes;

    @Inject
    TenantReadOnly readOnly;

    @Inject
    ControlTransaction transaction;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    public RestoreView start(UUID tenantId, BackupRequests.Restore request) {
        backups.requireTenant(tenantId);
        if (TenantRestore.IN_PLACE.equals(request.target())
                && !tenantId.toString().equals(request.confirm())) {
            throw new Failure.InvalidInput("confirm", "must repeat the tenant id to replace its data in place");
        }
        TenantBackup backup = repository
                .backup(tenantId, request.backupId())
                .orElseThrow(() -> new Failure.NotFound("No backup " + request.backupId() + " of tenant " + tenantId));
        if (backup.status() != BackupStatus.COMPLETED) {
            throw new Failure.Conflict(
                    ProblemType.BACKUP_NOT_RESTORABLE,
                    "Backup " + backup.id() + " is " + backup.status().apiName() + "; only a completed one restores");
        }
        TenantRestore restore = new TenantRestore(
                UUID.randomUUID(),
                tenantId,
                backup.id(),
                request.target(),
                caller.get().userId(),
                clock.instant());
        BackupJobs.startReadOnly(
                readOnly,
                transaction,
                tenantId,
                READ_ONLY_REASON,
                () -> repository.add(restore),
                () -> BackupJobs.startRestore(restore.id()),
                reason -> outcomes.restoreFailed(restore.id(), reason));
        return BackupViews.of(restore);
    }

    public RestoreView get(UUID tenantId, UUID restoreId) {
        return BackupViews.of(repository
                .restore(tenantId, restoreId)
                .orElseThrow(() -> new Failure.NotFound("No restore " + restoreId + " of tenant " + tenantId)));
    }

    public Page<RestoreView> list(UUID tenantId, int page, int perPage) {
        backups.requireTenant(tenantId);
        List<RestoreView> items = repository.restores(tenantId, (page - 1) * perPage, perPage).stream()
                .map(BackupViews::of)
                .toList();
        return new Page<>(items, page, perPage, repository.countRestores(tenantId));
    }
}
