package dev.procura.documents;

import dev.procura.platform.batch.Jobs;
import jakarta.batch.runtime.JobExecution;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Runs the file-reconciliation job on demand (FileReconciliationSchedule also runs it) and reports on it. */
@ApplicationScoped
public class FileReconciliationService {

    public static final String JOB = "file-reconciliation";

    @Schema(name = "FileReconciliationRun")
    public record RunView(
            long id,
            String status,
            Instant createdAt,
            Instant endedAt,
            long orphanObjectsFound,
            long missingObjectsFound,
            long repaired,
            List<TenantLine> tenants) {}

    @Schema(name = "FileReconciliationTenant")
    public record TenantLine(UUID tenantId, int orphanObjects, int missingObjects, int repaired, String error) {}

    @Inject
    FileReconciliationSteps.Results results;

    public RunView start() {
        return status(Jobs.start(JOB));
    }

    public RunView status(long executionId) {
        JobExecution execution = Jobs.execution(JOB, executionId);
        List<TenantLine> lines = results.of(executionId).stream()
                .map(r -> new TenantLine(r.tenantId(), r.orphanObjects(), r.missingObjects(), r.repaired(), r.detail()))
                .toList();
        return new RunView(
                executionId,
                Jobs.status(execution),
                Jobs.instant(execution.getCreateTime()),
                Jobs.instant(execution.getEndTime()),
                lines.stream().mapToLong(TenantLine::orphanObjects).sum(),
                lines.stream().mapToLong(TenantLine::missingObjects).sum(),
                lines.stream().mapToLong(TenantLine::repaired).sum(),
                lines);
    }
}
