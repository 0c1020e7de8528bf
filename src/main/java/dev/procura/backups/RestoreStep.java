package dev.procura.backups;

import dev.procura.platform.tenancy.TenantReadOnly;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Runs the restore named by the job's parameter; whatever happens, the tenant takes writes again at the end. */
@Named
@Dependent
public class RestoreStep extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(RestoreStep.class.getName());

    @Inject
    JobContext job;

    @Inject
    BackupOutcomes outcomes;

    @Inject
    BackupRestorer restorer;

    @Inject
    BackupRepository repository;

    @Inject
    TenantReadOnly readOnly;

    @Override
    public String process() {
        UUID restoreId = BackupJobs.parameter(job.getExecutionId(), BackupJobs.RESTORE);
        Optional<TenantRestore> started = outcomes.restoreStarted(restoreId);
        if (started.isEmpty()) {
            return "NOTHING_TO_DO";
        }
        TenantRestore restore = started.get();
        try {
            TenantBackup backup = repository
                    .backup(restore.tenantId(), restore.backupId())
                    .orElseThrow(() -> new IllegalStateException("The backup is gone"));
            outcomes.restoreCompleted(restoreId, restorer.restore(restore, backup));
            return "COMPLETED";
        } catch (Exception | Error e) {
            LOG.log(Level.WARNING, "Restore " + restoreId + " of tenant " + restore.tenantId() + " failed", e);
            outcomes.restoreFailed(restoreId, BackupJobs.reason(e));
            return "FAILED";
        } finally {
            readOnly.makeWritable(restore.tenantId(), RestoreService.READ_ONLY_REASON);
        }
    }
}
