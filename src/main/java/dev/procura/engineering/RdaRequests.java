package dev.procura.engineering;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the drawing approval (RDA) API. */
public final class RdaRequests {

    private RdaRequests() {}

    @Schema(name = "DrawingSubmission")
    public record Submission(
            @NotNull @Schema(description = "A drawing document of the project")
            UUID documentId,

            @Min(1)
            @Max(1000000)
            @Schema(description = "The document version to approve; default: the latest", example = "2")
            Integer version) {}

    @Schema(name = "DrawingCommentRequest")
    public record Comment(
            @NotBlank @Size(max = 4000) @Schema(example = "Tolerance on hole B too tight")
            String body) {}
}
