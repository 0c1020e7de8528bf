package dev.procura.platform.tenancy.migrations;

import dev.procura.platform.web.ProblemException;
import jakarta.batch.operations.JobOperator;
import jakarta.batch.operations.NoSuchJobExecutionException;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Starts the tenant-migrations job and reports on its runs. */
@ApplicationScoped
public class TenantMigrationService {

    public static final String JOB = "tenant-migrations";

    @Inject
    TenantMigrationRepository results;

    @Schema(name = "TenantMigrationRun")
    public record RunView(long id, String status, String exitStatus, Instant createdAt, Instant startedAt,
                          Instant endedAt, long migrated, long upToDate, long failed, List<FailureView> failures) {
    }

    @Schema(name = "TenantMigrationFailure")
    public record FailureView(UUID tenantId, String detail) {
    }

    public RunView start() {
        long executionId = operator().start(JOB, new Properties());
        return status(executionId);
    }

    public RunView status(long executionId) {
        JobExecution execution;
        try {
            execution = operator().getJobExecution(executionId);
        } catch (RuntimeException e) {
            // Liberty wraps NoSuchJobExecutionException in its own persistence exception.
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof NoSuchJobExecutionException) {
                    throw new ProblemException.NotFound("No migration run " + executionId);
                }
            }
            throw e;
        }
        if (!JOB.equals(execution.getJobName())) {
            throw new ProblemException.NotFound("No migration run " + executionId);
        }
        Map<String, Long> counts = results.outcomeCounts(executionId);
        List<FailureView> failures = results.failures(executionId).stream()
                .map(f -> new FailureView(f.tenantId(), f.detail())).toList();
        return new RunView(executionId, execution.getBatchStatus().name().toLowerCase(), execution.getExitStatus(),
                instant(execution.getCreateTime()), instant(execution.getStartTime()), instant(execution.getEndTime()),
                counts.getOrDefault("MIGRATED", 0L), counts.getOrDefault("UP_TO_DATE", 0L),
                counts.getOrDefault("FAILED", 0L), failures);
    }

    private static JobOperator operator() {
        return BatchRuntime.getJobOperator();
    }

    private static Instant instant(java.util.Date date) {
        return date == null ? null : date.toInstant();
    }
}
