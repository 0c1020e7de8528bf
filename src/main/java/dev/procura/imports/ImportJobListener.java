package dev.procura.imports;

import dev.procura.platform.batch.JobLeases;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import java.util.UUID;

/**
 * Begins an import's run (this server takes the lease, the import is marked running), completes
 * it when the step has read the whole file, and records why a failed step ended it. A run stopped
 * by {@link ImportTakenOver} leaves the import to the run that went on.
 */
@Named
@Dependent
public class ImportJobListener extends AbstractJobListener implements StepListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    ImportSteps steps;

    @Inject
    JobLeases leases;

    @Override
    public void beforeJob() {
        Properties parameters = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        UUID tenantId = UUID.fromString(parameters.getProperty("tenant"));
        UUID importId = UUID.fromString(parameters.getProperty("import"));
        leases.hold(ImportSteps.JOB, ImportSteps.leaseKey(tenantId, importId), parameters);
        ImportWork work;
        try {
            work = steps.begin(tenantId, importId);
        } catch (ImportFileRejected e) {
            steps.failed(tenantId, importId, e);
            work = null;
        }
        if (work == null) {
            leases.release(ImportSteps.JOB, ImportSteps.leaseKey(tenantId, importId));
        }
        job.setTransientUserData(work);
    }

    @Override
    public void beforeStep() {
        // nothing to prepare per step
    }

    @Override
    public void afterStep() {
        ImportWork work = (ImportWork) job.getTransientUserData();
        if (work == null) {
            return;
        }
        Exception error = step.getException();
        if (step.getBatchStatus() == BatchStatus.FAILED) {
            if (!(error instanceof ImportTakenOver)) {
                steps.failed(
                        work.tenantId, work.importId, error == null ? new IllegalStateException("step failed") : error);
            }
            return;
        }
        steps.completed(work);
    }
}
