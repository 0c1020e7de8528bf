package dev.procura.logistics;

import dev.procura.customers.CustomerFacts;
import dev.procura.plants.PlantService;
import dev.procura.platform.buying.PurchaseOrders;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.masters.ItemCosts;
import dev.procura.platform.masters.NotConvertible;
import dev.procura.platform.masters.UnitConversions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.typelists.TypeListFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Checks what a shipment names against the capabilities that own it, through their facts and ports:
 * the purchase order (inbound) or customer (outbound), the plant, the carrier (an active value of
 * the type list {@code carrier}), the items and units of its lines, and its packages. Every bad
 * field is collected, none thrown here.
 */
@ApplicationScoped
class ShipmentReferences {

    static final String CARRIER_LIST = "carrier";

    @Inject
    PurchaseOrders orders;

    @Inject
    CustomerFacts customers;

    @Inject
    PlantService plants;

    @Inject
    TypeListFacts typeLists;

    @Inject
    ItemCosts items;

    @Inject
    UnitConversions units;

    void checkParty(TenantTx tx, Shipment.Direction direction, UUID orderId, UUID customerId, List<FieldError> errors) {
        if (direction == Shipment.Direction.INBOUND) {
            if (orderId == null) {
                errors.add(new FieldError("purchase_order_id", "is required for an inbound shipment"));
            } else if (orders.standing(tx, orderId).isEmpty()) {
                errors.add(new FieldError("purchase_order_id", "no such purchase order in this tenant"));
            }
            if (customerId != null) {
                errors.add(new FieldError("customer_id", "an inbound shipment names a purchase order, not a customer"));
            }
            return;
        }
        if (customerId == null) {
            errors.add(new FieldError("customer_id", "is required for an outbound shipment"));
        } else {
            CustomerFacts.Summary customer =
                    customers.summaries(tx, Set.of(customerId)).get(customerId);
            if (customer == null) {
                errors.add(new FieldError("customer_id", "no such customer in this tenant"));
            } else if (!customer.isActive()) {
                errors.add(new FieldError(
                        "customer_id",
                        "customer " + customer.code() + " is "
                                + customer.status().replace('_', ' ')));
            }
        }
        if (orderId != null) {
            errors.add(
                    new FieldError("purchase_order_id", "an outbound shipment names a customer, not a purchase order"));
        }
    }

    void checkPlant(TenantTx tx, UUID plantId, List<FieldError> errors) {
        if (plantId != null && plants.existingAt(tx, List.of(plantId)).isEmpty()) {
            errors.add(new FieldError("plant_id", "no such plant in this tenant"));
        }
    }

    void checkCarrier(TenantTx tx, String carrier, List<FieldError> errors) {
        if (carrier == null) {
            return;
        }
        Optional<Set<String>> active = typeLists.activeCodes(tx, CARRIER_LIST);
        if (active.isEmpty()) {
            errors.add(new FieldError("carrier", "the tenant has no type list " + CARRIER_LIST));
        } else if (!active.get().contains(carrier)) {
            errors.add(new FieldError("carrier", "not an active value of the type list " + CARRIER_LIST));
        }
    }

    /** The package numbers, each once. */
    Set<String> checkPackages(List<LogisticsRequests.Package> packages, List<FieldError> errors) {
        Set<String> numbers = new HashSet<>();
        for (int i = 0; i < packages.size(); i++) {
            if (!numbers.add(packages.get(i).number())) {
                errors.add(new FieldError("packages[" + i + "].number", "appears twice in this shipment"));
            }
        }
        return numbers;
    }

    /** The lines with their units filled in (the item's base unit when left out). */
    List<LogisticsRequests.Line> checkLines(
            TenantTx tx, List<LogisticsRequests.Line> lines, Set<String> packageNumbers, List<FieldError> errors) {
        Map<String, ItemCosts.ItemCost> known = items.of(
                tx,
                lines.stream().map(LogisticsRequests.Line::itemCode).distinct().toList());
        List<LogisticsRequests.Line> checked = new ArrayList<>();
        Set<String> serials = new HashSet<>();
        for (int i = 0; i < lines.size(); i++) {
            LogisticsRequests.Line line = lines.get(i);
            String at = "lines[" + i + "].";
            ItemCosts.ItemCost item = known.get(line.itemCode());
            String unit = line.unit();
            if (item == null) {
                errors.add(new FieldError(at + "item_code", "no item " + line.itemCode() + " in the item master"));
            } else if (unit == null) {
                unit = item.baseUnit();
            } else if (!unit.equals(item.baseUnit())) {
                try {
                    units.convert(tx, item.itemCode(), BigDecimal.ONE, unit, item.baseUnit());
                } catch (NotConvertible e) {
                    errors.add(new FieldError(
                            at + "unit",
                            "cannot be converted to " + item.baseUnit() + ", the base unit of " + item.itemCode()));
                }
            }
            if (line.lotNumber() != null && line.serialNumber() != null) {
                errors.add(new FieldError(at + "serial_number", "name a lot or a serial number, not both"));
            }
            if (line.serialNumber() != null) {
                if (line.quantity().compareTo(BigDecimal.ONE) != 0) {
                    errors.add(new FieldError(at + "quantity", "a serial number is one unit"));
                }
                if (!serials.add(line.itemCode() + "\u0000" + line.serialNumber())) {
                    errors.add(new FieldError(at + "serial_number", "is named twice"));
                }
            }
            if (line.packageNumber() != null && !packageNumbers.contains(line.packageNumber())) {
                errors.add(new FieldError(at + "package_number", "is not one of the shipment's packages"));
            }
            checked.add(new LogisticsRequests.Line(
                    line.itemCode(),
                    line.lotNumber(),
                    line.serialNumber(),
                    line.quantity(),
                    unit,
                    line.packageNumber(),
                    line.expiresOn()));
        }
        return checked;
    }
}
