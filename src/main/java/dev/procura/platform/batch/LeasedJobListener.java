package dev.procura.platform.batch;

import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;

/**
 * Holds a {@link JobLeases lease} for a job that walks all tenants while it runs, so that another
 * server finishes it if this one dies; the job's readers record their checkpoints against the lease
 * ({@link TenantIdReader}). One lease per job name: these jobs walk everything and run one at a time.
 */
@Named
@Dependent
public class LeasedJobListener extends AbstractJobListener {

    @Inject
    JobContext job;

    @Inject
    JobLeases leases;

    @Override
    public void beforeJob() {
        Properties parameters = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        leases.hold(job.getJobName(), job.getJobName(), parameters == null ? new Properties() : parameters);
    }

    @Override
    public void afterJob() {
        // Failed or completed, it ended here: nothing for another server to take over.
        leases.release(job.getJobName(), job.getJobName());
    }
}
