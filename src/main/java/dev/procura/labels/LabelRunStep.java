package dev.procura.labels;

import dev.procura.platform.batch.JobLeases;
import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Properties;
import java.util.UUID;

/**
 * The label job's one step: takes the job's lease (so another server runs it again if this one
 * dies) and runs it; the job records its own outcome.
 */
@Named
@Dependent
public class LabelRunStep extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    LabelRun run;

    @Inject
    JobLeases leases;

    @Override
    public String process() {
        Properties parameters = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        UUID tenantId = UUID.fromString(parameters.getProperty("tenant"));
        UUID jobId = UUID.fromString(parameters.getProperty("job"));
        leases.hold(LabelService.JOB, LabelService.leaseKey(tenantId, jobId), parameters);
        run.run(tenantId, jobId);
        return "DONE";
    }
}
