package dev.procura.approvals;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the workflow instance API. */
public final class WorkflowInstanceViews {

    private WorkflowInstanceViews() {}

    @Schema(name = "WorkflowInstance", description = "A record's place in its workflow, and how it got there")
    public record InstanceView(
            String entityType,
            UUID entityId,
            String reference,

            @Schema(description = "Absent before the first transition (the record is at the initial state)")
            UUID instanceId,

            UUID workflowId,

            @Schema(description = "The definition version the instance follows (kept after newer versions)")
            int workflowVersion,

            String state,

            @Schema(name = "final") @jakarta.json.bind.annotation.JsonbProperty("final")
            boolean isFinal,

            @Schema(description = "A transition waiting for its approval chain")
            String pendingTransition,

            UUID pendingApprovalId,
            List<HistoryView> history) {}

    @Schema(name = "WorkflowHistoryEntry")
    public record HistoryView(
            @Schema(enumeration = {"transitioned", "approval_requested", "approval_rejected"})
            String action,

            String transition,
            String from,
            String to,
            UUID actorId,
            String comment,
            int workflowVersion,
            UUID approvalId,
            Instant at) {

        static HistoryView of(WorkflowHistoryEntry e) {
            return new HistoryView(
                    e.action(),
                    e.transition(),
                    e.fromState(),
                    e.toState(),
                    e.actorId(),
                    e.comment(),
                    e.workflowVersion(),
                    e.approvalId(),
                    e.createdAt());
        }
    }

    @Schema(name = "AvailableTransition", description = "A transition the caller may take now")
    public record TransitionView(
            String name, String from, String to, boolean requiresApproval, boolean commentRequired) {

        static TransitionView of(WorkflowTransition t) {
            return new TransitionView(t.name(), t.from(), t.to(), t.needsApproval(), t.needsComment());
        }
    }
}
