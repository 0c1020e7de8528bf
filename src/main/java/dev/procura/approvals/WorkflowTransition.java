package dev.procura.approvals;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * A named move from one state to another: who may take it (a permission, roles, or anyone with
 * the engine's own permission when neither is given), when (a condition on the record's fields),
 * and whether an approval chain must complete first and a comment is required.
 */
@Schema(name = "WorkflowTransition")
public record WorkflowTransition(
        @NotBlank
        @Pattern(regexp = "[a-z][a-z0-9_]{0,39}", message = "must be lower snake_case, at most 40 characters")
        @Schema(example = "approve")
        String name,

        @NotBlank @Schema(example = "under_review") String from,
        @NotBlank @Schema(example = "approved") String to,

        @Size(max = 60) @Schema(description = "A permission the caller must hold, e.g. `approvals:decide`")
        String permission,

        @Size(max = 10) @Schema(description = "Roles that may take it; with `permission`, holding either is enough")
        List<@NotBlank @Size(max = 60) String> roles,

        @Size(max = 1000)
        @Schema(description = "The transition is available only when this holds", example = "total > 1000")
        String condition,

        @Size(max = 10)
        @Schema(description = "Approval levels (as in approval workflows) that must complete before the move")
        List<@Valid @NotNull WorkflowLevel> approvalLevels,

        @Schema(description = "Whether taking it needs a comment")
        Boolean commentRequired) {

    boolean needsApproval() {
        return approvalLevels != null && !approvalLevels.isEmpty();
    }

    boolean needsComment() {
        return Boolean.TRUE.equals(commentRequired);
    }

    boolean restrictsNoOne() {
        return permission == null && (roles == null || roles.isEmpty());
    }
}
