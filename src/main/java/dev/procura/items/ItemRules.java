package dev.procura.items;

import dev.procura.platform.failures.FieldError;
import dev.procura.platform.gs1.Gs1;
import dev.procura.platform.gs1.Gs1Exception;
import dev.procura.procurement.Money;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * The rules of an item beyond its Bean Validation constraints, shared by the API and the bulk
 * import: the base unit is an active unit, the category an active value of the type list
 * {@value #CATEGORIES}, the default supplier an active supplier, the cost currency ISO 4217, a
 * service is neither lot- nor serial-tracked, each plant appears once and exists with its safety
 * stock at most its reorder point, and each own conversion names another active unit that the
 * global conversions do not already relate to the base unit, consistent with them. A reference
 * left as it was stored is kept even if it has since been deactivated.
 */
final class ItemRules {

    static final String CATEGORIES = "item_categories";

    enum SupplierState {
        ACTIVE,
        INACTIVE,
        MISSING
    }

    /** What the rules look up; the API asks per request, the import once per chunk. */
    interface Lookups {
        Optional<UnitConverter.UnitInfo> unit(String code);

        /** The active codes of the type list {@value #CATEGORIES}; empty when the tenant has no such list. */
        Optional<Set<String>> categories();

        SupplierState supplier(UUID id);

        boolean plantExists(UUID id);

        /** The global conversions. */
        UnitConverter converter();

        /** The active tax codes (upper case); empty when the tenant has no tax codes (any code is then kept as text). */
        default Optional<Set<String>> taxCodes() {
            return Optional.empty();
        }
    }

    /** The references of the stored item (null on create), which may stay even if now inactive. */
    record Kept(String baseUnit, String category, UUID defaultSupplierId, String taxCode) {
        Kept(String baseUnit, String category, UUID defaultSupplierId) {
            this(baseUnit, category, defaultSupplierId, null);
        }

        static Kept of(Item item) {
            return item == null
                    ? null
                    : new Kept(item.baseUnit(), item.category(), item.defaultSupplierId(), item.taxCode());
        }
    }

    private ItemRules() {}

    static List<FieldError> check(ItemRequests.Define item, Kept kept, Lookups lookups) {
        List<FieldError> errors = new ArrayList<>();
        boolean baseKept = kept != null && Objects.equals(kept.baseUnit(), item.baseUnit());
        Optional<UnitConverter.UnitInfo> base = lookups.unit(item.baseUnit());
        if (base.isEmpty()) {
            errors.add(new FieldError("base_unit", "is not a unit of measure of this tenant"));
        } else if (!base.get().active() && !baseKept) {
            errors.add(new FieldError("base_unit", "unit " + item.baseUnit() + " is inactive"));
        }
        category(item, kept, lookups, errors);
        taxCode(item, kept, lookups, errors);
        gtin(item, errors);
        UUID supplier = item.defaultSupplierId();
        if (supplier != null && !(kept != null && supplier.equals(kept.defaultSupplierId()))) {
            switch (lookups.supplier(supplier)) {
                case MISSING -> errors.add(new FieldError("default_supplier_id", "is not a supplier of this tenant"));
                case INACTIVE -> errors.add(new FieldError("default_supplier_id", "the supplier is deactivated"));
                case ACTIVE -> {}
            }
        }
        if (item.standardCost() != null
                && item.standardCost().currency() != null
                && !Money.isCurrency(item.standardCost().currency())) {
            errors.add(new FieldError("standard_cost.currency", "is not an ISO 4217 currency"));
        }
        if ("service".equals(item.type())) {
            if (Boolean.TRUE.equals(item.lotTracked())) {
                errors.add(new FieldError("lot_tracked", "a service is not lot-tracked"));
            }
            if (Boolean.TRUE.equals(item.serialTracked())) {
                errors.add(new FieldError("serial_tracked", "a service is not serial-tracked"));
            }
        }
        plants(item, lookups, errors);
        if (base.isPresent()) {
            conversions(item, lookups, errors);
        }
        return errors;
    }

    private static void category(ItemRequests.Define item, Kept kept, Lookups lookups, List<FieldError> errors) {
        if (item.category() == null || (kept != null && item.category().equals(kept.category()))) {
            return;
        }
        Optional<Set<String>> codes = lookups.categories();
        if (codes.isEmpty()) {
            errors.add(new FieldError(
                    "category", "the tenant has no type list " + CATEGORIES + "; create it under /type-lists first"));
        } else if (!codes.get().contains(item.category())) {
            errors.add(new FieldError("category", "is not an active value of the type list " + CATEGORIES));
        }
    }

    /** Once the tenant has tax codes, an item's tax code is one of its active codes (a kept one may be inactive). */
    private static void taxCode(ItemRequests.Define item, Kept kept, Lookups lookups, List<FieldError> errors) {
        if (item.taxCode() == null || (kept != null && item.taxCode().equals(kept.taxCode()))) {
            return;
        }
        lookups.taxCodes()
                .filter(codes -> !codes.contains(item.taxCode().toUpperCase(java.util.Locale.ROOT)))
                .ifPresent(codes -> errors.add(new FieldError("tax_code", "is not an active tax code of this tenant")));
    }

    private static void gtin(ItemRequests.Define item, List<FieldError> errors) {
        if (item.gtin() != null && item.gtin().matches("\\d{8}|\\d{12,14}")) {
            try {
                Gs1.gtin14(item.gtin());
            } catch (Gs1Exception e) {
                errors.add(new FieldError("gtin", e.getMessage().replace("AI 01: ", "")));
            }
        }
    }

    private static void plants(ItemRequests.Define item, Lookups lookups, List<FieldError> errors) {
        Set<UUID> seen = new HashSet<>();
        List<ItemRequests.PlantData> plants = item.plantsOrEmpty();
        for (int i = 0; i < plants.size(); i++) {
            ItemRequests.PlantData plant = plants.get(i);
            String at = "plants[" + i + "].";
            if (plant.plantId() == null) {
                continue;
            }
            if (!seen.add(plant.plantId())) {
                errors.add(new FieldError(at + "plant_id", "appears twice; one entry per plant"));
            } else if (!lookups.plantExists(plant.plantId())) {
                errors.add(new FieldError(at + "plant_id", "is not a plant of this tenant"));
            }
            if (plant.safetyStock() != null
                    && plant.reorderPoint() != null
                    && plant.safetyStock().compareTo(plant.reorderPoint()) > 0) {
                errors.add(new FieldError(at + "safety_stock", "must not exceed the reorder point"));
            }
        }
    }

    private static void conversions(ItemRequests.Define item, Lookups lookups, List<FieldError> errors) {
        List<ItemRequests.Conversion> conversions = item.conversionsOrEmpty();
        UnitConverter converter = lookups.converter();
        List<ItemRequests.Conversion> valid = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < conversions.size(); i++) {
            ItemRequests.Conversion conversion = conversions.get(i);
            String at = "conversions[" + i + "].unit";
            String unit = conversion.unit();
            if (unit == null || conversion.factorToBase() == null) {
                continue;
            }
            Optional<UnitConverter.UnitInfo> info = lookups.unit(unit);
            if (unit.equals(item.baseUnit())) {
                errors.add(new FieldError(at, "is the base unit"));
            } else if (!seen.add(unit)) {
                errors.add(new FieldError(at, "appears twice"));
            } else if (info.isEmpty()) {
                errors.add(new FieldError(at, "is not a unit of measure of this tenant"));
            } else if (!info.get().active()) {
                errors.add(new FieldError(at, "unit " + unit + " is inactive"));
            } else {
                Optional<UnitConverter.Ratio> implied = converter.globalRatio(unit, item.baseUnit());
                if (implied.isPresent()) {
                    errors.add(new FieldError(
                            at,
                            "already converts to " + item.baseUnit() + " through global conversions (1 " + unit + " = "
                                    + implied.get().decimal(12).toPlainString() + " " + item.baseUnit() + ")"));
                } else {
                    contradiction(conversion, valid, converter)
                            .ifPresent(message -> errors.add(new FieldError(at, message)));
                    valid.add(conversion);
                }
            }
        }
    }

    /** Two own conversions whose units the global conversions relate must agree with them. */
    private static Optional<String> contradiction(
            ItemRequests.Conversion conversion, List<ItemRequests.Conversion> earlier, UnitConverter converter) {
        for (ItemRequests.Conversion other : earlier) {
            Optional<UnitConverter.Ratio> global = converter.globalRatio(conversion.unit(), other.unit());
            if (global.isPresent()) {
                // 1 unit = f base, 1 other = g base, so 1 unit must be f / g other
                UnitConverter.Ratio own = new UnitConverter.Ratio(conversion.factorToBase(), other.factorToBase());
                if (!own.sameAs(global.get())) {
                    return Optional.of("contradicts the global conversions: 1 " + conversion.unit() + " = "
                            + global.get().decimal(12).toPlainString() + " " + other.unit() + ", but the factors give "
                            + own.decimal(12).toPlainString());
                }
            }
        }
        return Optional.empty();
    }
}
