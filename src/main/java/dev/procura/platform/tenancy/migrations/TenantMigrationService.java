package dev.procura.platform.tenancy.migrations;

import dev.procura.platform.batch.Jobs;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Starts the tenant-migrations job and reports on its runs. */
@ApplicationScoped
public class TenantMigrationService {

    public static final String JOB = "tenant-migrations";

    @Inject
    TenantMigrationRepository results;

    @Schema(name = "TenantMigrationRun")
    public record RunView(
            long id,
            String status,
            String exitStatus,
            Instant createdAt,
            Instant startedAt,
            Instant endedAt,
            long migrated,
            long upToDate,
            long failed,
            List<FailureView> failures) {}

    @Schema(name = "TenantMigrationFailure")
    public record FailureView(UUID tenantId, String detail) {}

    public RunView start() {
        return status(Jobs.start(JOB));
    }

    public RunView status(long executionId) {
        JobExecution execution = Jobs.execution(JOB, executionId);
        Map<String, Long> counts = results.outcomeCounts(executionId);
        List<FailureView> failures = results.failures(executionId).stream()
                .map(f -> new FailureView(f.tenantId(), f.detail()))
                .toList();
        return new RunView(
                executionId,
                Jobs.status(execution),
                execution.getExitStatus(),
                Jobs.instant(execution.getCreateTime()),
                Jobs.instant(execution.getStartTime()),
                Jobs.instant(execution.getEndTime()),
                counts.getOrDefault("MIGRATED", 0L),
                counts.getOrDefault("UP_TO_DATE", 0L),
                counts.getOrDefault("FAILED", 0L),
                failures);
    }
}
