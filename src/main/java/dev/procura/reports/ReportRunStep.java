package dev.procura.reports;

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
 * The report job's one step: takes the job's lease (so another server starts the run again if this
 * one dies) and runs the execution, which records its own outcome.
 */
@Named
@Dependent
public class ReportRunStep extends AbstractBatchlet {

    @Inject
    JobContext job;

    @Inject
    ReportRunner runner;

    @Inject
    JobLeases leases;

    @Override
    public String process() {
        Properties parameters = BatchRuntime.getJobOperator().getParameters(job.getExecutionId());
        UUID tenantId = UUID.fromString(parameters.getProperty("tenant"));
        UUID executionId = UUID.fromString(parameters.getProperty("execution"));
        leases.hold(ReportService.JOB, ReportService.leaseKey(tenantId, executionId), parameters);
        runner.run(tenantId, executionId);
        return "DONE";
    }
}
