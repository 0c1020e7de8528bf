package dev.procura.approvals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the approvals API. */
public final class ApprovalViews {

    private ApprovalViews() {}

    @Schema(name = "Approval")
    public record ApprovalView(
            UUID id,
            String documentType,
            UUID documentId,
            String reference,

            @Schema(enumeration = {"pending", "completed", "rejected"})
            String status,

            @Schema(description = "The current (or last) level, from 1")
            int level,

            String levelName,
            int levels,
            int workflowVersion,
            UUID requestedBy,

            @Schema(description = "Who may decide at the current level now")
            List<UUID> approvers,

            UUID escalatedToUser,
            String escalatedToRole,
            Instant levelStartedAt,

            @Schema(description = "When the current level escalates by its SLA")
            Instant dueAt,

            Instant createdAt,
            Instant updatedAt,
            Instant completedAt) {}

    @Schema(name = "ApprovalHistoryEntry")
    public record HistoryView(
            @Schema(description = "From 1") int level,

            @Schema(enumeration = {"requested", "approved", "rejected", "escalated", "skipped", "completed"})
            String action,

            UUID actorId,
            UUID onBehalfOf,
            String comment,
            Instant at) {
        static HistoryView of(ApprovalStep step) {
            return new HistoryView(
                    step.level() + 1,
                    step.action(),
                    step.actorId(),
                    step.onBehalfOf(),
                    step.comment(),
                    step.createdAt());
        }
    }

    @Schema(name = "Delegation")
    public record DelegationView(
            UUID id, UUID userId, UUID delegateId, LocalDate startsOn, LocalDate endsOn, Instant createdAt) {
        static DelegationView of(Delegation d) {
            return new DelegationView(d.id(), d.userId(), d.delegateId(), d.startsOn(), d.endsOn(), d.createdAt());
        }
    }
}
