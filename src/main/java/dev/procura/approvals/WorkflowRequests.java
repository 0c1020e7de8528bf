package dev.procura.approvals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the workflow, approval and delegation APIs. */
public final class WorkflowRequests {

    private WorkflowRequests() {}

    @Schema(name = "WorkflowDefinitionRequest")
    public record Define(
            @NotBlank @Pattern(regexp = "[a-z_]{1,40}") @Schema(example = "purchase_order")
            String documentType,

            @NotBlank @Size(max = 200) String name,

            @Size(max = 10) @Schema(description = "An approval workflow's levels (purchase orders); not with states")
            List<@Valid @NotNull WorkflowLevel> levels,

            @Size(max = 10)
            @Schema(description = "Roles that may escalate besides the level's approvers; default admin")
            List<@Size(min = 1, max = 60) String> escalateRoles,

            @Size(max = 50)
            @Schema(description = "A state workflow's states (invoices, RFQs): one initial, at least one final")
            List<@Valid @NotNull WorkflowState> states,

            @Size(max = 200) @Schema(description = "A state workflow's transitions between its states")
            List<@Valid @NotNull WorkflowTransition> transitions) {

        boolean isStateWorkflow() {
            return (states != null && !states.isEmpty()) || (transitions != null && !transitions.isEmpty());
        }
    }

    @Schema(name = "WorkflowTransitionRequest")
    public record Transition(
            @Size(max = 2000) @Schema(description = "Required where the transition says so")
            String comment) {}

    @Schema(name = "ApprovalStart")
    public record Start(
            @NotBlank @Schema(example = "purchase_order") String documentType,
            @NotNull UUID documentId) {}

    @Schema(name = "ApprovalDecision")
    public record Approve(@Size(max = 2000) String comment) {}

    @Schema(name = "ApprovalRejection")
    public record Reject(
            @NotBlank @Size(max = 2000) @Schema(description = "Why; the document's author sees it")
            String feedback) {}

    @Schema(name = "ApprovalEscalation", description = "Exactly one of to_user_id and to_role")
    public record Escalate(
            UUID toUserId,
            @Size(min = 1, max = 60) String toRole,
            @NotBlank @Size(max = 2000) String reason) {}

    @Schema(name = "DelegationRequest")
    public record Delegate(
            @NotNull UUID delegateId,
            @NotNull LocalDate startsOn,
            @NotNull LocalDate endsOn) {}
}
