package dev.procura.approvals;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A workflow as the engine runs it: its levels in order and the roles that may escalate besides
 * the level's approvers. Copied into each approval when it starts.
 */
@Schema(name = "Workflow")
public record Workflow(
        String documentType, int version, String name, List<WorkflowLevel> levels, List<String> escalateRoles) {

    /**
     * The policy of a tenant that has not defined one: a level for the {@code approver} role, and
     * a second level for {@code admin} above the tenant's {@code approval_second_level_amount}.
     */
    static Workflow defaultPolicy(String documentType, java.math.BigDecimal secondLevelAmount) {
        return new Workflow(
                documentType,
                0,
                "Default policy",
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
                List.of("admin"));
    }
}
