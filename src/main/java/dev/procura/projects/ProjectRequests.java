package dev.procura.projects;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the projects API. */
public final class ProjectRequests {

    static final String KINDS = "drawing|specification|contract|other";

    private ProjectRequests() {}

    /** A project, on create and (in full) on change; a change names the {@code version} it read. */
    @Schema(name = "ProjectRequest")
    public record Define(
            @NotBlank
            @Size(max = 40)
            @Pattern(regexp = "[A-Za-z0-9._-]+")
            @Schema(example = "PRJ-2026-01", required = true)
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Line 4 retrofit", required = true)
            String name,

            @Size(max = 4000) String description,

            @Schema(description = "A customer of the tenant")
            UUID customerId,

            @Schema(description = "The plant the project belongs to (plant-scoped access)")
            UUID plantId,

            @NotNull @Schema(description = "A member of the tenant", required = true)
            UUID managerId,

            @NotNull @Schema(example = "2026-01-05", required = true)
            LocalDate startsOn,

            @Schema(description = "Not before starts_on", example = "2026-06-30")
            LocalDate endsOn,

            @NotNull
            @DecimalMin(value = "0")
            @Digits(integer = 14, fraction = 4)
            @Schema(example = "250000", required = true)
            BigDecimal budgetAmount,

            @NotBlank
            @Pattern(regexp = "[A-Z]{3}", message = "must be an ISO 4217 code")
            @Schema(example = "EUR", required = true)
            String currency,

            @NotBlank
            @Size(max = 40)
            @Schema(description = "An active cost centre's code", example = "CC-100", required = true)
            String costCenter,

            @Min(0)
            @Schema(description = "On change (required there): the version read; another means someone changed it")
            Long version) {}

    /** A new project document: its title and kind; its versions are uploaded after. */
    @Schema(name = "ProjectDocumentRequest")
    public record NewDocument(
            @NotBlank @Size(max = 200) @Schema(example = "General arrangement", required = true)
            String title,

            @NotBlank
            @Pattern(regexp = KINDS, message = "must be one of drawing, specification, contract, other")
            @Schema(
                    enumeration = {"drawing", "specification", "contract", "other"},
                    required = true)
            String kind) {}

    /** A milestone, on create and (in full) on change. */
    @Schema(name = "MilestoneRequest")
    public record Milestone(
            @NotBlank @Size(max = 200) @Schema(example = "Design freeze", required = true)
            String name,

            @NotNull @Schema(example = "2026-03-31", required = true)
            LocalDate plannedOn,

            @NotNull @Schema(description = "A member of the tenant", required = true)
            UUID ownerId,

            @Size(max = 50) @Schema(description = "Milestones of the same project that must complete first")
            List<@NotNull UUID> predecessorIds) {}

    /** Completes a milestone on a day (default today). */
    @Schema(name = "MilestoneCompletion")
    public record Completion(
            @Schema(description = "Not after today; default today")
            LocalDate actualOn) {}
}
