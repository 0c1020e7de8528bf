package dev.procura.backups;

import dev.procura.platform.batch.JobLeases;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Holds a lease on a backup, restore or move while its job runs, keyed by its id:
 * if this server dies, another takes the job over and runs it again from the start (a backup is
 * one snapshot; a restore drops its half-made database first).
 */
@Named
@Dependent
public class BackupJobListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    JobLeases leases;

    @Override
    public void beforeJob() {
        Properties parameters = parameters();
        leases.hold(job.getJobName(), key(parameters), parameters);
    }

    @Override
    public void afterJob() {
        leases.release(job.getJobName(), key(parameters()));
    }

    private Properties parameters() {
        Properties parameters = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        return parameters == null ? new Properties() : parameters;
    }

    private static String key(Properties parameters) {
        return parameters.getProperty(
                BackupJobs.MOVE,
                parameters.getProperty(BackupJobs.RESTORE, parameters.getProperty(BackupJobs.BACKUP, "")));
    }
}
