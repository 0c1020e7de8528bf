package dev.procura.projects;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the projects API. */
public final class ProjectViews {

    private ProjectViews() {}

    @Schema(name = "Project")
    public record ProjectView(
            UUID id,
            @Schema(example = "PRJ-2026-01") String code,
            String name,
            String description,
            UUID customerId,
            UUID plantId,
            UUID managerId,
            LocalDate startsOn,
            LocalDate endsOn,
            BigDecimal budgetAmount,
            String currency,
            String costCenter,
            UUID costCentreId,

            @Schema(enumeration = {"planned", "active", "on_hold", "closed"})
            String status,

            @Schema(description = "Send it back on change") long version,
            UUID createdBy,
            Instant createdAt,
            Instant updatedAt) {

        static ProjectView of(Project p) {
            return new ProjectView(
                    p.id(),
                    p.code(),
                    p.name(),
                    p.description(),
                    p.customerId(),
                    p.plantId(),
                    p.managerId(),
                    p.startsOn(),
                    p.endsOn(),
                    p.budgetAmount(),
                    p.currency(),
                    p.costCenter(),
                    p.costCentreId(),
                    p.status(),
                    p.version(),
                    p.createdBy(),
                    p.createdAt(),
                    p.updatedAt());
        }
    }

    @Schema(name = "ProjectBudget")
    public record BudgetView(
            UUID projectId,
            String code,
            String currency,
            @Schema(description = "The project's budget") BigDecimal amount,

            @Schema(
                    description =
                            "Totals of the submitted, not cancelled purchase orders naming the project, in its currency")
            BigDecimal committed,

            @Schema(description = "amount - committed (negative when overspent)")
            BigDecimal remaining,

            @Schema(description = "How many orders are committed")
            long orders,

            @Schema(description = "The order checked now, in the project's currency (only in a refusal)")
            BigDecimal requested) {}

    @Schema(name = "ProjectDocument")
    public record DocumentView(
            UUID id,
            UUID projectId,
            String title,

            @Schema(enumeration = {"drawing", "specification", "contract", "other"})
            String kind,

            @Schema(description = "The latest version's number; 0 before the first upload")
            int latestVersion,

            @Schema(description = "Who holds the check-out lock; null when it is free")
            UUID lockedBy,

            Instant lockedAt,
            List<VersionView> versions,
            UUID createdBy,
            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "ProjectDocumentVersion")
    public record VersionView(
            int number,
            String filename,
            String mimeType,
            long sizeBytes,
            String comment,
            UUID uploadedBy,
            Instant uploadedAt,

            @Schema(description = "Frozen by an approval: never replaced")
            boolean frozen,

            Instant frozenAt) {

        static VersionView of(ProjectDocumentVersion v) {
            return new VersionView(
                    v.number(),
                    v.filename(),
                    v.mimeType(),
                    v.sizeBytes(),
                    v.comment(),
                    v.uploadedBy(),
                    v.uploadedAt(),
                    v.isFrozen(),
                    v.frozenAt());
        }
    }

    @Schema(name = "Milestone")
    public record MilestoneView(
            UUID id,
            UUID projectId,
            String name,
            LocalDate plannedOn,
            LocalDate actualOn,
            UUID ownerId,

            @Schema(enumeration = {"open", "completed", "cancelled"})
            String status,

            List<UUID> predecessorIds,

            @Schema(description = "Open and past its planned day (tenant calendar)")
            boolean overdue,

            Instant overdueNotifiedAt,
            long version,
            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "OverdueCheck")
    public record OverdueCheck(
            @Schema(description = "Owners told of newly overdue milestones")
            int notified) {}
}
