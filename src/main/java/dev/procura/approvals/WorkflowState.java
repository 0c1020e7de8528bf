package dev.procura.approvals;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A state a record of the workflow's entity type can be in; exactly one is initial, at least one final. */
@Schema(name = "WorkflowState")
public record WorkflowState(
        @NotBlank
        @Pattern(regexp = "[a-z][a-z0-9_]{0,39}", message = "must be lower snake_case, at most 40 characters")
        @Schema(example = "under_review")
        String name,

        @Schema(description = "Where a record starts; exactly one state is initial")
        Boolean initial,

        @JsonbProperty("final")
        @Schema(name = "final", description = "A state that ends the workflow: no transition leaves it")
        Boolean isFinal) {

    boolean startsHere() {
        return Boolean.TRUE.equals(initial);
    }

    boolean endsHere() {
        return Boolean.TRUE.equals(isFinal);
    }
}
