package dev.procura.traceability;

import dev.procura.items.ItemTrackingFacts;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.traceability.StockUnits.Document;
import dev.procura.platform.traceability.StockUnits.Produced;
import dev.procura.platform.traceability.StockUnits.Unit;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A work order's good output into its lot (named, or numbered by the item's lot rule) and serial
 * numbers (given, or numbered by the item's serial rule), at the work order's plant.
 */
@ApplicationScoped
class WorkOrderOutput {

    @Inject
    StockLedger ledger;

    @Inject
    TraceabilityRepository repository;

    @Inject
    TraceabilityEvents events;

    List<Unit> book(
            TenantTx tx,
            Document by,
            LocalDate on,
            Produced produced,
            ItemTrackingFacts.Tracking item,
            List<String> given,
            String field) {
        List<String> serials = serials(tx, on, produced, item, given, field);
        Lot lot = lot(tx, by, on, produced, item, field);
        StockMovement.Document document = new StockMovement.Document(by.type(), by.id(), by.number());
        List<Unit> units = new ArrayList<>();
        if (lot != null) {
            ledger.move(tx, StockMovement.Kind.PRODUCED, lot, produced.quantity(), document, null, on, null);
            units.add(new Unit(lot.id(), StockLedger.LOT, lot.number(), lot.itemCode(), produced.quantity()));
        }
        for (String number : serials) {
            SerialNumber serial = ledger.newSerial(
                    tx, produced.itemCode(), number, lot == null ? null : lot.id(), by.plantId(), produced.expiresOn());
            ledger.move(tx, StockMovement.Kind.PRODUCED, serial, document, null, on, null);
            events.serial(tx, "serial_number.created", serial);
            units.add(new Unit(serial.id(), StockLedger.SERIAL, number, serial.itemCode(), BigDecimal.ONE));
        }
        return units;
    }

    private List<String> serials(
            TenantTx tx,
            LocalDate on,
            Produced produced,
            ItemTrackingFacts.Tracking item,
            List<String> given,
            String field) {
        boolean whole = produced.quantity().stripTrailingZeros().scale() <= 0;
        if (!given.isEmpty()) {
            if (BigDecimal.valueOf(given.size()).compareTo(produced.quantity()) != 0) {
                throw new Failure.InvalidInput(
                        StockLedger.under(field, "serial_numbers"),
                        given.size() + " serial numbers for a good quantity of "
                                + produced.quantity().stripTrailingZeros().toPlainString() + ": give one per unit");
            }
            if (new HashSet<>(given).size() != given.size()) {
                throw new Failure.InvalidInput(
                        StockLedger.under(field, "serial_numbers"), "a serial number appears twice");
            }
            return given;
        }
        if (!item.serialTracked()) {
            return List.of();
        }
        if (!whole || !ledger.hasRule(tx, produced.itemCode(), StockLedger.SERIAL)) {
            throw new Failure.InvalidInput(
                    StockLedger.under(field, "serial_numbers"),
                    "item " + produced.itemCode() + " is serial-tracked: give one serial number per unit");
        }
        List<String> numbered = new ArrayList<>();
        for (int j = 0; j < produced.quantity().intValueExact(); j++) {
            numbered.add(ledger.nextNumber(tx, produced.itemCode(), StockLedger.SERIAL, on)
                    .orElseThrow());
        }
        return numbered;
    }

    private Lot lot(
            TenantTx tx, Document by, LocalDate on, Produced produced, ItemTrackingFacts.Tracking item, String field) {
        String number = produced.lotNumber();
        if (number == null) {
            number = ledger.nextNumber(tx, produced.itemCode(), StockLedger.LOT, on)
                    .orElse(null);
        }
        if (number == null) {
            if (item.lotTracked()) {
                throw new Failure.InvalidInput(
                        StockLedger.under(field, "lot_number"),
                        "item " + produced.itemCode() + " is lot-tracked and has no lot numbering rule: name the lot");
            }
            return null;
        }
        Lot lot = repository.lot(tx.em(), produced.itemCode(), number).orElse(null);
        if (lot == null) {
            lot = ledger.newLot(tx, produced.itemCode(), number, by.plantId(), item.baseUnit());
            lot.origin(null, null, null, produced.expiresOn());
            lot.add(produced.quantity(), tx.now());
            events.lot(tx, "lot.created", lot);
            return lot;
        }
        boolean usable = lot.status() == UnitStatus.AVAILABLE
                || (lot.quantity().signum() == 0
                        && (lot.status() == UnitStatus.CONSUMED || lot.status() == UnitStatus.SHIPPED));
        if (!usable || !Objects.equals(lot.plantId(), by.plantId())) {
            throw StockLedger.lotTaken(produced.itemCode(), number);
        }
        lot.add(produced.quantity(), tx.now());
        events.lot(tx, "lot.changed", lot);
        return lot;
    }
}
