package dev.procura.items;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the items API. */
public final class ItemViews {

    private ItemViews() {}

    @Schema(name = "Item")
    public record ItemView(
            UUID id,
            @Schema(example = "LAP-14-PRO") String code,
            String description,

            @Schema(enumeration = {"purchased", "manufactured", "service"})
            String type,

            @Schema(example = "ea") String baseUnit,
            String category,
            UUID defaultSupplierId,
            Integer leadTimeDays,
            CostView standardCost,
            String taxCode,

            @Schema(description = "GTIN-14, or null", example = "09506000134352")
            String gtin,

            boolean lotTracked,
            boolean serialTracked,
            boolean inspectionRequired,
            List<PlantView> plants,
            List<ConversionView> conversions,

            @Schema(description = "Values of the tenant's custom fields by key (archived fields hidden)")
            Map<String, Object> customFields,

            boolean active,
            Instant createdAt,
            Instant updatedAt) {
        static ItemView of(Item item, Map<String, Object> customFields) {
            return new ItemView(
                    item.id(),
                    item.code(),
                    item.description(),
                    item.type(),
                    item.baseUnit(),
                    item.category(),
                    item.defaultSupplierId(),
                    item.leadTimeDays(),
                    item.standardCostAmount() == null
                            ? null
                            : new CostView(item.standardCostAmount(), item.standardCostCurrency()),
                    item.taxCode(),
                    item.gtin(),
                    item.isLotTracked(),
                    item.isSerialTracked(),
                    item.isInspectionRequired(),
                    item.plants().stream()
                            .map(p -> new PlantView(
                                    p.plantId(),
                                    UnitService.plain(p.reorderPoint()),
                                    UnitService.plain(p.safetyStock())))
                            .toList(),
                    item.conversions().stream()
                            .map(c -> new ConversionView(c.unit(), UnitService.plain(c.factorToBase())))
                            .toList(),
                    customFields,
                    item.isActive(),
                    item.createdAt(),
                    item.updatedAt());
        }
    }

    @Schema(name = "ItemStandardCostView")
    public record CostView(
            @Schema(example = "1180.5000") BigDecimal amount,
            @Schema(example = "EUR") String currency) {}

    @Schema(name = "ItemPlantView")
    public record PlantView(UUID plantId, BigDecimal reorderPoint, BigDecimal safetyStock) {}

    @Schema(name = "ItemConversionView", description = "1 unit = factor_to_base of the item's base unit")
    public record ConversionView(
            @Schema(example = "box") String unit,
            @Schema(example = "12") BigDecimal factorToBase) {}
}
