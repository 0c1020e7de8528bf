package dev.procura.backups;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Takes the backup named by the job's parameter; a failure is recorded on the backup, its objects removed. */
@Named
@Dependent
public class BackupStep extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(BackupStep.class.getName());

    @Inject
    JobContext job;

    @Inject
    BackupOutcomes outcomes;

    @Inject
    BackupWriter writer;

    @Inject
    BackupService backups;

    @Override
    public String process() {
        UUID backupId = BackupJobs.parameter(job.getExecutionId(), BackupJobs.BACKUP);
        Optional<TenantBackup> started = outcomes.backupStarted(backupId);
        if (started.isEmpty()) {
            return "NOTHING_TO_DO";
        }
        TenantBackup backup = started.get();
        try {
            writer.take(backup);
            return "COMPLETED";
        } catch (Exception | Error e) {
            LOG.log(Level.WARNING, "Backup " + backupId + " of tenant " + backup.tenantId() + " failed", e);
            return "FAILED";
        } finally {
            backups.startQueued();
        }
    }
}
