package dev.procura.traceability;

import dev.procura.items.ItemTrackingFacts;
import dev.procura.platform.events.EventWritten;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * Lots and serial numbers made by goods receipts, in the receipt's transaction (a refusal here
 * refuses the receipt). A line's lot is the one it names, else one numbered by the item's lot
 * rule, else (only a supplier lot given) the supplier's lot number; the lot keeps the supplier
 * and the supplier lot. A lot the item already has at the same plant takes the goods in. Lot- or
 * serial-tracked items must end with a lot or serial numbers.
 */
@ApplicationScoped
public class ReceivedStock {

    @Inject
    TenantTransactions tenantData;

    @Inject
    StockLedger ledger;

    @Inject
    TraceabilityRepository repository;

    @Inject
    TraceabilityEvents events;

    /** One accepted receipt line as the event tells it. */
    record Line(
            int index,
            String itemCode,
            BigDecimal accepted,
            String unit,
            String lotNumber,
            String supplierLot,
            List<String> serialNumbers,
            LocalDate expiresOn) {

        @SuppressWarnings("unchecked")
        static Line of(Map<?, ?> line) {
            Object expires = line.get("expires_on");
            Object serials = line.get("serial_numbers");
            return new Line(
                    ((Number) line.get("index")).intValue(),
                    (String) line.get("item_code"),
                    (BigDecimal) line.get("accepted_quantity"),
                    (String) line.get("unit"),
                    (String) line.get("lot_number"),
                    (String) line.get("supplier_lot"),
                    serials == null ? List.of() : (List<String>) serials,
                    expires == null ? null : LocalDate.parse(expires.toString()));
        }

        String at() {
            return "lines[" + index + "].";
        }
    }

    void onEventWritten(@Observes EventWritten event) {
        if (!"receipt.recorded".equals(event.eventType())
                || !(event.data() instanceof Map<?, ?> data)
                || !(data.get("lines") instanceof List<?> lines)) {
            return;
        }
        tenantData.call(event.tenantId(), tx -> {
            StockMovement.Document receipt =
                    new StockMovement.Document("receipt", (UUID) data.get("receipt_id"), (String) data.get("number"));
            receive(
                    tx,
                    receipt,
                    (UUID) data.get("supplier_id"),
                    (UUID) data.get("plant_id"),
                    LocalDate.parse(data.get("received_on").toString()),
                    lines.stream().map(l -> Line.of((Map<?, ?>) l)).toList());
            return null;
        });
    }

    private void receive(
            TenantTx tx,
            StockMovement.Document receipt,
            UUID supplierId,
            UUID plantId,
            LocalDate on,
            List<Line> lines) {
        Map<String, ItemTrackingFacts.Tracking> items =
                ledger.items(tx, lines.stream().map(Line::itemCode).distinct().toList());
        List<FieldError> errors = new ArrayList<>();
        List<Runnable> work = new ArrayList<>();
        for (Line line : lines) {
            if (line.accepted().signum() <= 0) {
                continue;
            }
            ItemTrackingFacts.Tracking item = items.get(line.itemCode());
            String lotNumber = lotNumberOf(tx, line, item, on, errors);
            List<String> serials = serialsOf(tx, line, item, on, errors);
            work.add(() -> book(tx, receipt, supplierId, plantId, on, line, lotNumber, serials));
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        work.forEach(Runnable::run);
    }

    private String lotNumberOf(
            TenantTx tx, Line line, ItemTrackingFacts.Tracking item, LocalDate on, List<FieldError> errors) {
        if (line.lotNumber() != null) {
            String problem = ledger.problemWithNumber(tx, line.itemCode(), StockLedger.LOT, line.lotNumber());
            if (problem != null) {
                errors.add(new FieldError(line.at() + "lot_number", problem));
            }
            return line.lotNumber();
        }
        String numbered =
                ledger.nextNumber(tx, line.itemCode(), StockLedger.LOT, on).orElse(line.supplierLot());
        if (numbered == null && item != null && item.lotTracked()) {
            errors.add(new FieldError(
                    line.at() + "lot_number",
                    "item " + line.itemCode() + " is lot-tracked and has no lot numbering rule: give lot_number"));
        }
        return numbered;
    }

    private List<String> serialsOf(
            TenantTx tx, Line line, ItemTrackingFacts.Tracking item, LocalDate on, List<FieldError> errors) {
        if (!line.serialNumbers().isEmpty()) {
            for (int j = 0; j < line.serialNumbers().size(); j++) {
                String problem = ledger.problemWithNumber(
                        tx,
                        line.itemCode(),
                        StockLedger.SERIAL,
                        line.serialNumbers().get(j));
                if (problem != null) {
                    errors.add(new FieldError(line.at() + "serial_numbers[" + j + "]", problem));
                }
            }
            return line.serialNumbers();
        }
        if (item == null || !item.serialTracked()) {
            return List.of();
        }
        boolean whole = line.accepted().stripTrailingZeros().scale() <= 0;
        if (!whole || !ledger.hasRule(tx, line.itemCode(), StockLedger.SERIAL)) {
            errors.add(new FieldError(
                    line.at() + "serial_numbers",
                    "item " + line.itemCode() + " is serial-tracked: give one serial number per unit accepted"));
            return List.of();
        }
        List<String> numbered = new ArrayList<>();
        for (int j = 0; j < line.accepted().intValueExact(); j++) {
            numbered.add(ledger.nextNumber(tx, line.itemCode(), StockLedger.SERIAL, on)
                    .orElseThrow());
        }
        return numbered;
    }

    private void book(
            TenantTx tx,
            StockMovement.Document receipt,
            UUID supplierId,
            UUID plantId,
            LocalDate on,
            Line line,
            String lotNumber,
            List<String> serials) {
        Lot lot = lotNumber == null ? null : lotFor(tx, receipt, supplierId, plantId, line, lotNumber);
        if (lot != null) {
            ledger.move(tx, StockMovement.Kind.RECEIVED, lot, line.accepted(), receipt, supplierId, on, null);
        }
        for (String number : serials) {
            SerialNumber serial = ledger.newSerial(
                    tx, line.itemCode(), number, lot == null ? null : lot.id(), plantId, line.expiresOn());
            serial.origin(supplierId, line.supplierLot(), receipt.id());
            ledger.move(tx, StockMovement.Kind.RECEIVED, serial, receipt, supplierId, on, null);
            events.serial(tx, "serial_number.created", serial);
        }
    }

    /** The line's lot: new, or the item's lot of that number at the same plant (available or emptied). */
    private Lot lotFor(
            TenantTx tx, StockMovement.Document receipt, UUID supplierId, UUID plantId, Line line, String number) {
        Lot lot = repository.lot(tx.em(), line.itemCode(), number).orElse(null);
        if (lot == null) {
            lot = ledger.newLot(tx, line.itemCode(), number, plantId, line.unit());
            lot.origin(supplierId, line.supplierLot(), receipt.id(), line.expiresOn());
            lot.add(line.accepted(), tx.now());
            events.lot(tx, "lot.created", lot);
            return lot;
        }
        boolean usable = lot.status() == UnitStatus.AVAILABLE
                || (lot.quantity().signum() == 0
                        && lot.status() != UnitStatus.RECALLED
                        && lot.status() != UnitStatus.QUARANTINED);
        if (!Objects.equals(lot.plantId(), plantId) || !usable || !lot.unit().equals(line.unit())) {
            throw StockLedger.lotTaken(line.itemCode(), number);
        }
        lot.add(line.accepted(), tx.now());
        events.lot(tx, "lot.changed", lot);
        return lot;
    }
}
