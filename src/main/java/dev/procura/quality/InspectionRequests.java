package dev.procura.quality;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the inspections API. */
public final class InspectionRequests {

    private InspectionRequests() {}

    /** An inspection made by hand. */
    @Schema(name = "InspectionRequest")
    public record Create(
            @NotNull @Schema(description = "An active plan") UUID planId,

            @Size(max = 64) @Schema(description = "The plan's item; checked when given")
            String itemCode,

            @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 15, fraction = 3)
            BigDecimal quantity,

            @Schema(description = "The plant the inspected goods are at")
            UUID plantId) {}

    /** One measurement: a value (variable characteristic) or passed with a defect code (attribute). */
    @Schema(name = "MeasurementRequest")
    public record Measure(
            @NotBlank @Size(max = 64) @Schema(description = "The characteristic's code in the plan", example = "DIA")
            String characteristic,

            @NotNull @Min(1) @Schema(description = "The subgroup (sample) it belongs to, from 1", example = "1")
            Integer subgroup,

            @Digits(integer = 12, fraction = 6) @Schema(description = "Variable only", example = "20.02")
            BigDecimal value,

            @Schema(description = "Attribute only") Boolean passed,

            @Size(max = 64) @Schema(description = "Attribute only: one of the characteristic's defect codes")
            String defectCode,

            @Schema(description = "When it was taken; now when left out; not in the future")
            Instant measuredAt) {}

    /** One measurement at the top level, or a batch in {@code measurements}. */
    @Schema(name = "MeasurementsRequest")
    public record Measurements(
            @Size(min = 1, max = 500) List<@Valid @NotNull Measure> measurements,
            @Size(max = 64) String characteristic,
            @Min(1) Integer subgroup,
            @Digits(integer = 12, fraction = 6) BigDecimal value,
            Boolean passed,
            @Size(max = 64) String defectCode,
            Instant measuredAt) {

        /** The batch, or the one measurement at the top level. */
        List<Measure> all() {
            return measurements != null
                    ? measurements
                    : List.of(new Measure(characteristic, subgroup, value, passed, defectCode, measuredAt));
        }

        boolean isBatch() {
            return measurements != null;
        }
    }

    /** The decision that closes an inspection. */
    @Schema(name = "InspectionDecisionRequest")
    public record Decide(
            @NotBlank
            @Pattern(
                    regexp = "accept|reject|accept_with_deviation",
                    message = "must be accept, reject or accept_with_deviation")
            String outcome,

            @DecimalMin(value = "0", inclusive = false)
            @Digits(integer = 15, fraction = 3)
            @Schema(description = "reject only: how much of the quantity; all of it when left out")
            BigDecimal rejectedQuantity,

            @NotBlank @Size(max = 1000) String reason,

            @Size(max = 1000) @Schema(description = "accept_with_deviation: the deviation granted (required there)")
            String deviation) {}
}
