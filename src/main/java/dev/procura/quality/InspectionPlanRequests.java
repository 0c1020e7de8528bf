package dev.procura.quality;

import jakarta.json.bind.annotation.JsonbProperty;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the inspection plans API. */
public final class InspectionPlanRequests {

    static final String CODE = "[A-Za-z0-9][A-Za-z0-9_.-]{0,63}";
    static final String CODE_MESSAGE =
            "must be 1 to 64 letters, digits, '_', '.' or '-', starting with a letter or digit";

    private InspectionPlanRequests() {}

    /** A plan, on create and (in full) on change. */
    @Schema(name = "InspectionPlanRequest")
    public record Define(
            @NotBlank @Size(max = 64) @Schema(description = "An item of the item master", example = "SHAFT-20")
            String itemCode,

            @NotBlank
            @Pattern(regexp = "receipt|operation", message = "must be receipt or operation")
            @Schema(description = "receipt: goods received; operation: one operation of a work order")
            String scope,

            @Size(max = 64)
            @Schema(
                    description = "The operation's code; for scope operation only (and required there)",
                    example = "TURN")
            String operation,

            @Size(max = 200) String name,

            @Schema(description = "false keeps the plan without creating inspections; true when left out")
            Boolean active,

            @NotEmpty @Size(max = 100) List<@Valid @NotNull CharacteristicRequest> characteristics) {

        boolean activeOrDefault() {
            return active == null || active;
        }
    }

    /** One characteristic: a measured value within limits (variable) or pass/fail with defect codes (attribute). */
    @Schema(name = "InspectionCharacteristicRequest")
    public record CharacteristicRequest(
            @NotBlank @Pattern(regexp = CODE, message = CODE_MESSAGE) @Schema(example = "DIA")
            String code,

            @NotBlank @Size(max = 200) @Schema(example = "Diameter")
            String name,

            @NotBlank @Pattern(regexp = "variable|attribute", message = "must be variable or attribute")
            String kind,

            @Schema(description = "Variable only", example = "20.0")
            BigDecimal nominal,

            @Schema(description = "Variable only: the lower specification limit", example = "19.9")
            BigDecimal lowerSpec,

            @Schema(description = "Variable only: the upper specification limit", example = "20.1")
            BigDecimal upperSpec,

            @Size(max = 32) @Schema(example = "mm") String unit,
            @Size(max = 200) @Schema(example = "Micrometer") String method,

            @Min(1) @Max(25) @Schema(description = "Measurements per subgroup; 1 when left out", example = "5")
            Integer sampleSize,

            @Size(max = 200) @Schema(description = "How often, in words", example = "every batch")
            String frequency,

            @JsonbProperty("every_n_units")
            @Min(1)
            @Schema(name = "every_n_units", description = "Or: one subgroup every this many units", example = "50")
            Integer everyNUnits,

            @Size(max = 50) @Schema(description = "Attribute only: codes of the tenant's type list `defect_code`")
            List<@NotBlank @Size(max = 64) String> defectCodes) {

        int sampleSizeOrDefault() {
            return sampleSize == null ? 1 : sampleSize;
        }
    }
}
