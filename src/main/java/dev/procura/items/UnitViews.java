package dev.procura.items;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the units of measure API. */
public final class UnitViews {

    private UnitViews() {}

    @Schema(name = "Unit")
    public record UnitView(
            UUID id,
            @Schema(example = "box") String code,
            @Schema(example = "Box") String name,

            @Schema(enumeration = {"count", "mass", "length", "area", "volume", "time", "other"})
            String dimension,

            @Schema(description = "Fraction digits a quantity in this unit may have")
            int decimals,

            boolean active,
            Instant createdAt,
            Instant updatedAt) {
        static UnitView of(Unit unit) {
            return new UnitView(
                    unit.id(),
                    unit.code(),
                    unit.name(),
                    unit.dimension(),
                    unit.decimals(),
                    unit.isActive(),
                    unit.createdAt(),
                    unit.updatedAt());
        }
    }

    @Schema(name = "UnitConversion", description = "1 from_unit = factor to_unit; the inverse is implied")
    public record ConversionView(
            UUID id,
            @Schema(example = "kg") String fromUnit,
            @Schema(example = "g") String toUnit,
            @Schema(example = "1000") BigDecimal factor,
            Instant createdAt) {
        static ConversionView of(UnitConversion conversion) {
            return new ConversionView(
                    conversion.id(),
                    conversion.fromUnit(),
                    conversion.toUnit(),
                    UnitService.plain(conversion.factor()),
                    conversion.createdAt());
        }
    }
}
