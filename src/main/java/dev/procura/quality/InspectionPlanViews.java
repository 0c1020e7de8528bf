package dev.procura.quality;

import jakarta.json.bind.annotation.JsonbProperty;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the inspection plans API. */
public final class InspectionPlanViews {

    private InspectionPlanViews() {}

    @Schema(name = "InspectionPlan")
    public record PlanView(
            UUID id,
            String itemCode,
            @Schema(description = "receipt or operation") String scope,
            String operation,
            String name,
            boolean active,
            List<CharacteristicView> characteristics,
            Instant createdAt,
            Instant updatedAt) {
        static PlanView of(InspectionPlan plan) {
            return new PlanView(
                    plan.id(),
                    plan.itemCode(),
                    plan.scope(),
                    plan.operation(),
                    plan.name(),
                    plan.isActive(),
                    plan.characteristics().stream().map(CharacteristicView::of).toList(),
                    plan.createdAt(),
                    plan.updatedAt());
        }
    }

    @Schema(name = "InspectionCharacteristic")
    public record CharacteristicView(
            @Schema(description = "Names the characteristic in SPC charts")
            UUID id,

            String code,
            String name,
            @Schema(description = "variable or attribute") String kind,
            BigDecimal nominal,
            BigDecimal lowerSpec,
            BigDecimal upperSpec,
            String unit,
            String method,
            int sampleSize,
            String frequency,

            @JsonbProperty("every_n_units") @Schema(name = "every_n_units")
            Integer everyNUnits,

            List<String> defectCodes) {
        static CharacteristicView of(Characteristic c) {
            return new CharacteristicView(
                    c.id(),
                    c.code(),
                    c.name(),
                    c.kind().name().toLowerCase(Locale.ROOT),
                    strip(c.nominal()),
                    strip(c.lowerSpec()),
                    strip(c.upperSpec()),
                    c.unit(),
                    c.method(),
                    c.sampleSize(),
                    c.frequency(),
                    c.everyNUnits(),
                    c.defectCodes());
        }
    }

    /** Without trailing zeros, and never in exponent notation (20, not 2E+1). */
    static BigDecimal strip(BigDecimal value) {
        if (value == null) {
            return null;
        }
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }
}
