package dev.procura.backups;

import dev.procura.platform.tenancy.TenantReadOnly;
import dev.procura.platform.tenancy.TenantRelocation;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the move named by the job's parameter: waits for writes under way to commit, takes the
 * move's backup, restores it on the target server and switches the tenant there. Whatever
 * happens, the tenant takes writes again at the end; a failure leaves it where it was.
 */
@Named
@Dependent
public class MoveStep extends AbstractBatchlet {

    private static final Logger LOG = Logger.getLogger(MoveStep.class.getName());
    private static final Duration WRITES_SETTLE = Duration.ofSeconds(30);

    @Inject
    JobContext job;

    @Inject
    MoveOutcomes outcomes;

    @Inject
    BackupOutcomes backupOutcomes;

    @Inject
    BackupRepository backups;

    @Inject
    BackupWriter writer;

    @Inject
    BackupRestorer restorer;

    @Inject
    TenantRelocation relocation;

    @Inject
    TenantReadOnly readOnly;

    @Override
    public String process() {
        UUID moveId = BackupJobs.parameter(job.getExecutionId(), BackupJobs.MOVE);
        Optional<TenantMove> started = outcomes.started(moveId);
        if (started.isEmpty()) {
            return "NOTHING_TO_DO";
        }
        TenantMove move = started.get();
        try {
            outcomes.completed(moveId, restorer.move(move, backupOf(move)));
            return "COMPLETED";
        } catch (Exception | Error e) {
            LOG.log(Level.WARNING, "Move " + moveId + " of tenant " + move.tenantId() + " failed", e);
            outcomes.failed(moveId, BackupJobs.reason(e));
            return "FAILED";
        } finally {
            readOnly.makeWritable(move.tenantId(), MoveService.READ_ONLY_REASON);
        }
    }

    /** The move's backup, taken now unless a server that ran this move before died after taking it. */
    private TenantBackup backupOf(TenantMove move) throws Exception {
        TenantBackup backup = backups.backup(move.tenantId(), move.backupId())
                .orElseThrow(() -> new IllegalStateException("The move's backup is gone"));
        if (backup.status() == BackupStatus.COMPLETED) {
            return backup;
        }
        relocation.awaitWritesSettled(relocation.placement(move.tenantId()), WRITES_SETTLE);
        TenantBackup running = backupOutcomes
                .backupStarted(backup.id())
                .orElseThrow(() -> new IllegalStateException(
                        "The move's backup " + backup.status().apiName()));
        writer.take(running);
        return backups.freshBackup(move.tenantId(), move.backupId()).orElseThrow();
    }
}
