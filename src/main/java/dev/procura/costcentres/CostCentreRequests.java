package dev.procura.costcentres;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the cost centres API. */
public final class CostCentreRequests {

    /** The characters budgets and purchase orders accept in cost_center. */
    static final String CODE = "[A-Za-z0-9._-]+";

    private CostCentreRequests() {}

    /** A cost centre, on create and (in full) on change. */
    @Schema(name = "CostCentreRequest")
    public record Define(
            @NotBlank
            @Size(max = 40)
            @Pattern(regexp = CODE, message = "must be letters, digits, '.', '_' or '-'")
            @Schema(
                    description = "Unique in any case; what budgets and purchase orders name in cost_center",
                    example = "IT-OPS",
                    required = true)
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "IT operations", required = true)
            String name,

            @Size(max = 40)
            @Pattern(regexp = CODE, message = "must be letters, digits, '.', '_' or '-'")
            @Schema(description = "The code of the parent cost centre (hierarchy); none for a root", example = "IT")
            String parentCode,

            @Schema(description = "The member of the tenant responsible for the cost centre")
            UUID ownerId,

            @Schema(description = "false: no new budget or order may name it; true when left out")
            Boolean active,

            @Schema(description = "First day it may be named; none: always", example = "2026-01-01")
            LocalDate validFrom,

            @Schema(description = "Last day it may be named; none: open-ended", example = "2026-12-31")
            LocalDate validTo) {

        boolean activeOrDefault() {
            return active == null || active;
        }

        @AssertTrue(message = "valid_to must not be before valid_from")
        @Schema(hidden = true)
        public boolean isValidityOrdered() {
            return validFrom == null || validTo == null || !validTo.isBefore(validFrom);
        }
    }
}
