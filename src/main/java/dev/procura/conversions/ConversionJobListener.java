package dev.procura.conversions;

import dev.procura.platform.batch.JobLeases;
import jakarta.batch.api.listener.AbstractJobListener;
import jakarta.batch.api.listener.StepListener;
import jakarta.batch.runtime.BatchStatus;
import jakarta.batch.runtime.context.JobContext;
import jakarta.batch.runtime.context.StepContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import java.util.UUID;

/**
 * Begins a conversion's run (this server takes the lease, the conversion is marked running) and
 * records how a step that failed ended it. A run stopped by {@link TakenOver} leaves the conversion
 * to the server that took it over.
 */
@Named
@Dependent
public class ConversionJobListener extends AbstractJobListener implements StepListener {

    @Inject
    JobContext job;

    @Inject
    StepContext step;

    @Inject
    ConversionSteps steps;

    @Inject
    ConversionOutcomes outcomes;

    @Inject
    JobLeases leases;

    @Override
    public void beforeJob() {
        Properties parameters =
                jakarta.batch.runtime.BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        UUID tenantId = UUID.fromString(parameters.getProperty("tenant"));
        UUID conversionId = UUID.fromString(parameters.getProperty("conversion"));
        leases.hold(ConversionOutcomes.JOB, ConversionOutcomes.leaseKey(tenantId, conversionId), parameters);
        ConversionWork work = steps.begin(tenantId, conversionId);
        if (work == null) {
            leases.release(ConversionOutcomes.JOB, ConversionOutcomes.leaseKey(tenantId, conversionId));
        }
        job.setTransientUserData(work);
    }

    @Override
    public void beforeStep() {
        // nothing to prepare per step
    }

    @Override
    public void afterStep() {
        ConversionWork work = (ConversionWork) job.getTransientUserData();
        Exception error = step.getException();
        if (work == null || step.getBatchStatus() != BatchStatus.FAILED || error instanceof TakenOver) {
            return;
        }
        outcomes.failed(
                work.tenantId, work.conversionId, error == null ? new IllegalStateException("step failed") : error);
    }
}
