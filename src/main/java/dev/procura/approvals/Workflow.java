package dev.procura.approvals;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A workflow as the engine runs it. An approval workflow (purchase orders) has levels in order
 * and the roles that may escalate besides the level's approvers; a state workflow (invoices,
 * RFQs…) has states and transitions, whose approval chains escalate to the same roles. Copied
 * into each approval and pinned by each instance when it starts.
 */
@Schema(name = "Workflow")
public record Workflow(
        @Schema(description = "The stored version's id; absent for the default policy")
        java.util.UUID id,

        String documentType,
        int version,
        String name,

        @Schema(enumeration = {"active", "superseded", "retired"})
        String status,

        List<WorkflowLevel> levels,
        List<String> escalateRoles,
        List<WorkflowState> states,
        List<WorkflowTransition> transitions) {

    /**
     * The policy of a tenant that has not defined one: a level for the {@code approver} role, and
     * a second level for {@code admin} above the tenant's {@code approval_second_level_amount}.
     */
    static Workflow defaultPolicy(String documentType, java.math.BigDecimal secondLevelAmount) {
        return new Workflow(
                null,
                documentType,
                0,
                "Default policy",
                "active",
                List.of(
                        new WorkflowLevel("Approver", null, "approver", "any", null, null, null, null),
                        new WorkflowLevel(
                                "Admin above "
                                        + secondLevelAmount.stripTrailingZeros().toPlainString(),
                                null,
                                "admin",
                                "any",
                                null,
                                "total > "
                                        + secondLevelAmount.stripTrailingZeros().toPlainString(),
                                null,
                                null)),
                List.of("admin"),
                null,
                null);
    }

    /** The approval chain of one transition, run by the approval engine like any workflow. */
    Workflow chainOf(WorkflowTransition transition) {
        return new Workflow(
                id,
                TransitionApprovals.TYPE,
                version,
                name + ": " + transition.name(),
                status,
                transition.approvalLevels(),
                escalateRoles,
                null,
                null);
    }

    boolean hasStates() {
        return states != null && !states.isEmpty();
    }

    WorkflowState initialState() {
        return states.stream().filter(WorkflowState::startsHere).findFirst().orElseThrow();
    }

    boolean isFinal(String state) {
        return states.stream().anyMatch(s -> s.name().equals(state) && s.endsHere());
    }

    java.util.Optional<WorkflowTransition> transition(String transitionName) {
        return transitions.stream().filter(t -> t.name().equals(transitionName)).findFirst();
    }
}
