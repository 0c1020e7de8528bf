package dev.procura.ncrs;

import dev.procura.plants.PlantService;
import dev.procura.platform.buying.GoodsReceipts;
import dev.procura.platform.buying.GoodsReceipts.Received;
import dev.procura.platform.buying.GoodsReceipts.ReceivedLine;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.masters.ItemCosts;
import dev.procura.platform.masters.NotConvertible;
import dev.procura.platform.masters.UnitConversions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.suppliers.SupplierFacts;
import dev.procura.typelists.TypeListFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Checks what an NCR names against the capabilities that own it, through their facts and ports:
 * the item (item master), the unit (convertible to the item's base unit), the supplier, the plant,
 * the defect codes (active values of the type list {@code defect_code}) and the receipt (its
 * supplier and items). Every bad field is collected, none thrown here.
 */
@ApplicationScoped
class NcrReferences {

    static final String DEFECT_LIST = "defect_code";

    @Inject
    ItemCosts items;

    @Inject
    UnitConversions units;

    @Inject
    SupplierFacts suppliers;

    @Inject
    PlantService plants;

    @Inject
    TypeListFacts typeLists;

    @Inject
    GoodsReceipts receipts;

    /** The receipt, if the tenant has it; else an error on {@code receipt_id}. */
    Optional<Received> receipt(TenantTx tx, UUID receiptId, List<FieldError> errors) {
        if (receiptId == null) {
            return Optional.empty();
        }
        Optional<Received> receipt = receipts.receipt(tx, receiptId);
        if (receipt.isEmpty()) {
            errors.add(new FieldError("receipt_id", "no such receipt in this tenant"));
        }
        return receipt;
    }

    /** The finding with the receipt's supplier, item and unit filled in and every reference checked. */
    NcrFinding check(TenantTx tx, NcrRequests.Finding finding, Optional<Received> receipt, List<FieldError> errors) {
        UUID supplierId = supplier(tx, finding.supplierId(), receipt, errors);
        String itemCode = item(finding.itemCode(), receipt, errors);
        String unit = finding.unit();
        if (itemCode != null) {
            Optional<ItemCosts.ItemCost> item =
                    Optional.ofNullable(items.of(tx, List.of(itemCode)).get(itemCode));
            if (item.isEmpty()) {
                errors.add(new FieldError("item_code", "no item " + itemCode + " in the item master"));
            } else {
                unit = unit(tx, item.get(), unit, receipt, errors);
            }
        }
        if (finding.plantId() != null
                && plants.existingAt(tx, List.of(finding.plantId())).isEmpty()) {
            errors.add(new FieldError("plant_id", "no such plant in this tenant"));
        }
        List<String> defects = defects(tx, finding.defectCodes(), errors);
        return new NcrFinding(
                itemCode,
                supplierId,
                finding.plantId(),
                finding.quantity(),
                unit,
                defects,
                finding.description(),
                finding.disposition(),
                finding.rootCause());
    }

    private UUID supplier(TenantTx tx, UUID requested, Optional<Received> receipt, List<FieldError> errors) {
        if (receipt.isPresent()) {
            UUID receipts = receipt.get().supplierId();
            if (requested != null && !requested.equals(receipts)) {
                errors.add(new FieldError("supplier_id", "must be the receipt's supplier " + receipts));
            }
            return receipts;
        }
        if (requested != null && suppliers.activeByIds(tx, Set.of(requested)).isEmpty()) {
            errors.add(new FieldError("supplier_id", "no such supplier in this tenant"));
        }
        return requested;
    }

    private static String item(String requested, Optional<Received> receipt, List<FieldError> errors) {
        if (receipt.isEmpty()) {
            if (requested == null || requested.isBlank()) {
                errors.add(new FieldError("item_code", "is required"));
                return null;
            }
            return requested;
        }
        List<String> onReceipt = receipt.get().lines().stream()
                .map(ReceivedLine::itemCode)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
        if (requested == null || requested.isBlank()) {
            if (onReceipt.size() == 1) {
                return onReceipt.get(0);
            }
            errors.add(new FieldError("item_code", "is required: the receipt has " + onReceipt.size() + " items"));
            return null;
        }
        if (!onReceipt.contains(requested)) {
            errors.add(new FieldError(
                    "item_code", "is not on receipt " + receipt.get().number()));
        }
        return requested;
    }

    private String unit(
            TenantTx tx,
            ItemCosts.ItemCost item,
            String requested,
            Optional<Received> receipt,
            List<FieldError> errors) {
        if (requested == null || requested.isBlank()) {
            return receipt.flatMap(r -> r.lines().stream()
                            .filter(l -> item.itemCode().equals(l.itemCode()))
                            .map(ReceivedLine::unit)
                            .filter(Objects::nonNull)
                            .findFirst())
                    .orElse(item.baseUnit());
        }
        if (!requested.equals(item.baseUnit())) {
            try {
                units.convert(tx, item.itemCode(), BigDecimal.ONE, requested, item.baseUnit());
            } catch (NotConvertible e) {
                errors.add(new FieldError(
                        "unit", "cannot be converted to " + item.baseUnit() + ", the base unit of " + item.itemCode()));
            }
        }
        return requested;
    }

    private List<String> defects(TenantTx tx, List<String> codes, List<FieldError> errors) {
        if (codes == null || codes.isEmpty()) {
            return List.of();
        }
        List<String> distinct = List.copyOf(new LinkedHashSet<>(codes));
        Optional<Set<String>> active = typeLists.activeCodes(tx, DEFECT_LIST);
        if (active.isEmpty()) {
            errors.add(new FieldError("defect_codes", "the tenant has no type list " + DEFECT_LIST));
            return distinct;
        }
        List<String> unknown =
                distinct.stream().filter(c -> !active.get().contains(c)).toList();
        if (!unknown.isEmpty()) {
            errors.add(new FieldError(
                    "defect_codes", "not active values of the type list " + DEFECT_LIST + ": " + unknown));
        }
        return distinct;
    }
}
