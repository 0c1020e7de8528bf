package dev.procura.approvals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One approval level of a workflow: who approves (users, a role, or both), how many must
 * (any one, all, or a quorum of N), when the level applies (a condition on the document), and
 * how long it may wait before it escalates, and to whom.
 */
@Schema(name = "WorkflowLevel")
public record WorkflowLevel(
        @NotBlank @Size(max = 100) @Schema(example = "Department head")
        String name,

        @Size(max = 50) List<@NotNull UUID> approverIds,
        @Size(max = 60) @Schema(example = "approver") String approverRole,

        @NotNull @Pattern(regexp = "any|all|quorum") @Schema(enumeration = {"any", "all", "quorum"})
        String mode,

        @Min(1) @Max(50) @Schema(description = "With mode quorum: how many approvals complete the level")
        Integer quorum,

        @Size(max = 1000)
        @Schema(
                description =
                        "The level applies only when this holds, e.g. " + "`total > 10000 and currency == \"EUR\"`",
                example = "total > 10000")
        String condition,

        @Schema(description = "ISO-8601 duration the level may wait before it escalates", example = "PT48H")
        String sla,

        @Valid @Schema(description = "Who the level escalates to when its SLA runs out")
        Target escalateTo) {

    /** An escalation target: a user or a role. */
    @Schema(name = "EscalationTarget")
    public record Target(UUID userId, @Size(max = 60) String role) {}

    public boolean isQuorum() {
        return "quorum".equals(mode);
    }
}
