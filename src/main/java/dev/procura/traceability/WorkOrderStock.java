package dev.procura.traceability;

import dev.procura.items.ItemTrackingFacts;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.traceability.StockUnits;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * What work orders consume and produce, as movements of the work order: every check first (all
 * bad fields at once), then the changes. A component of an item tracked neither by lot nor by
 * serial, named by neither, is not traced.
 */
@ApplicationScoped
public class WorkOrderStock implements StockUnits {

    private static final Pattern NUMBER = Pattern.compile(TraceabilityRequests.NUMBER);

    @Inject
    StockLedger ledger;

    @Inject
    TraceabilityRepository repository;

    @Inject
    TraceabilityEvents events;

    @Inject
    WorkOrderOutput output;

    @Inject
    GoodsIssues issues;

    @Override
    public List<Unit> consume(TenantTx tx, Document by, LocalDate on, List<Consumed> consumed, String field) {
        List<Unit> units = take(tx, by, on, consumed, field, StockMovement.Kind.CONSUMED, UnitStatus.CONSUMED, null);
        if (!units.isEmpty()) {
            events.publish(tx, "stock.consumed", by.id(), movementData(by, on, units));
        }
        return units;
    }

    @Override
    public List<Unit> issue(
            TenantTx tx, Document by, LocalDate on, UUID customerId, List<Consumed> issued, String field) {
        List<FieldError> errors = new ArrayList<>();
        issues.checkCustomer(tx, customerId, "customer_id", errors);
        GoodsIssues.throwIfAny(errors);
        List<Unit> units = take(tx, by, on, issued, field, StockMovement.Kind.SHIPPED, UnitStatus.SHIPPED, customerId);
        if (!units.isEmpty()) {
            Map<String, Object> data = movementData(by, on, units);
            data.put("customer_id", customerId);
            events.publish(tx, "stock.issued", by.id(), data);
        }
        return units;
    }

    /** Every check first (all bad fields at once), then the movements out of the lots and serials. */
    private List<Unit> take(
            TenantTx tx,
            Document by,
            LocalDate on,
            List<Consumed> consumed,
            String field,
            StockMovement.Kind kind,
            UnitStatus emptied,
            UUID partyId) {
        Map<String, ItemTrackingFacts.Tracking> items = ledger.items(
                tx,
                consumed.stream()
                        .map(Consumed::itemCode)
                        .filter(Objects::nonNull)
                        .distinct()
                        .toList());
        List<FieldError> errors = new ArrayList<>();
        List<Runnable> work = new ArrayList<>();
        List<Unit> units = new ArrayList<>();
        Map<UUID, BigDecimal> taken = new HashMap<>();
        StockMovement.Document document = new StockMovement.Document(by.type(), by.id(), by.number());
        for (int i = 0; i < consumed.size(); i++) {
            Consumed c = consumed.get(i);
            String at = field + "[" + i + "].";
            if (c.itemCode() == null) {
                errors.add(new FieldError(at + "item_code", "must not be null"));
                continue;
            }
            if (c.quantity() == null || c.quantity().signum() <= 0) {
                errors.add(new FieldError(at + "quantity", "must be above 0"));
                continue;
            }
            if (c.lotNumber() != null && c.serialNumber() != null) {
                errors.add(new FieldError(at + "serial_number", "name a lot or a serial number, not both"));
            } else if (c.lotNumber() != null) {
                Lot lot = usableLot(tx, by, on, c, at, taken, errors);
                if (lot != null) {
                    work.add(() -> {
                        ledger.move(tx, kind, lot, c.quantity(), document, partyId, on, null);
                        lot.take(c.quantity(), emptied, tx.now());
                        units.add(new Unit(lot.id(), StockLedger.LOT, lot.number(), lot.itemCode(), c.quantity()));
                    });
                }
            } else if (c.serialNumber() != null) {
                SerialNumber serial = usableSerial(tx, by, on, c, at, taken, errors);
                if (serial != null) {
                    work.add(() -> {
                        ledger.move(tx, kind, serial, document, partyId, on, null);
                        serial.moved(emptied, tx.now());
                        ledger.takeFromLotOf(tx, serial, emptied);
                        units.add(new Unit(
                                serial.id(), StockLedger.SERIAL, serial.number(), serial.itemCode(), BigDecimal.ONE));
                    });
                }
            } else {
                ItemTrackingFacts.Tracking item = items.get(c.itemCode());
                if (item != null && (item.lotTracked() || item.serialTracked())) {
                    errors.add(new FieldError(
                            at + (item.lotTracked() ? "lot_number" : "serial_number"),
                            "item " + c.itemCode() + " is " + (item.lotTracked() ? "lot" : "serial")
                                    + "-tracked: name the " + (item.lotTracked() ? "lot" : "serial number")));
                }
            }
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        work.forEach(Runnable::run);
        return units;
    }

    private Lot usableLot(
            TenantTx tx,
            Document by,
            LocalDate on,
            Consumed c,
            String at,
            Map<UUID, BigDecimal> taken,
            List<FieldError> errors) {
        Lot lot = repository.lot(tx.em(), c.itemCode(), c.lotNumber()).orElse(null);
        String problem;
        if (lot == null) {
            problem = "item " + c.itemCode() + " has no lot " + c.lotNumber();
        } else if (lot.status() != UnitStatus.AVAILABLE) {
            problem = "lot " + lot.number() + " is " + lot.status().code();
        } else if (lot.isExpiredOn(on)) {
            problem = "lot " + lot.number() + " expired on " + lot.expiresOn();
        } else if (atAnotherPlant(lot.plantId(), by.plantId())) {
            problem = "lot " + lot.number() + " is at another plant";
        } else {
            problem = null;
        }
        if (problem != null) {
            errors.add(new FieldError(at + "lot_number", problem));
            return null;
        }
        BigDecimal total = taken.merge(lot.id(), c.quantity(), BigDecimal::add);
        if (total.compareTo(lot.quantity()) > 0) {
            errors.add(new FieldError(
                    at + "quantity",
                    "exceeds the " + lot.quantity().stripTrailingZeros().toPlainString() + " " + lot.unit()
                            + " on hand in lot " + lot.number()));
            return null;
        }
        return lot;
    }

    private SerialNumber usableSerial(
            TenantTx tx,
            Document by,
            LocalDate on,
            Consumed c,
            String at,
            Map<UUID, BigDecimal> taken,
            List<FieldError> errors) {
        SerialNumber serial =
                repository.serial(tx.em(), c.itemCode(), c.serialNumber()).orElse(null);
        String problem;
        if (serial == null) {
            problem = "item " + c.itemCode() + " has no serial number " + c.serialNumber();
        } else if (serial.status() != UnitStatus.AVAILABLE) {
            problem = "serial number " + serial.number() + " is "
                    + serial.status().code();
        } else if (serial.isExpiredOn(on)) {
            problem = "serial number " + serial.number() + " expired on " + serial.expiresOn();
        } else if (atAnotherPlant(serial.plantId(), by.plantId())) {
            problem = "serial number " + serial.number() + " is at another plant";
        } else if (taken.put(serial.id(), BigDecimal.ONE) != null) {
            problem = "serial number " + serial.number() + " is named twice";
        } else {
            problem = null;
        }
        if (problem != null) {
            errors.add(new FieldError(at + "serial_number", problem));
            return null;
        }
        if (c.quantity().compareTo(BigDecimal.ONE) != 0) {
            errors.add(new FieldError(at + "quantity", "a serial number is one unit"));
            return null;
        }
        return serial;
    }

    private static boolean atAnotherPlant(UUID unitPlant, UUID documentPlant) {
        return unitPlant != null && documentPlant != null && !unitPlant.equals(documentPlant);
    }

    @Override
    public List<Unit> produce(TenantTx tx, Document by, LocalDate on, Produced produced, String field) {
        List<FieldError> errors = new ArrayList<>();
        if (produced.quantity() == null || produced.quantity().signum() <= 0) {
            errors.add(new FieldError(StockLedger.under(field, "quantity"), "must be above 0"));
        }
        ItemTrackingFacts.Tracking item =
                ledger.items(tx, List.of(produced.itemCode())).get(produced.itemCode());
        String itemProblem = StockLedger.problemWithItem(item, produced.itemCode());
        if (itemProblem != null) {
            errors.add(new FieldError(StockLedger.under(field, "item_code"), itemProblem));
        }
        List<String> serials = produced.serialNumbers() == null ? List.of() : produced.serialNumbers();
        for (int j = 0; j < serials.size(); j++) {
            String number = serials.get(j);
            String problem = number == null || !NUMBER.matcher(number).matches()
                    ? TraceabilityRequests.NUMBER_MESSAGE
                    : ledger.problemWithNumber(tx, produced.itemCode(), StockLedger.SERIAL, number);
            if (problem != null) {
                errors.add(new FieldError(StockLedger.under(field, "serial_numbers[" + j + "]"), problem));
            }
        }
        if (produced.lotNumber() != null) {
            String problem = !NUMBER.matcher(produced.lotNumber()).matches()
                    ? TraceabilityRequests.NUMBER_MESSAGE
                    : ledger.problemWithNumber(tx, produced.itemCode(), StockLedger.LOT, produced.lotNumber());
            if (problem != null) {
                errors.add(new FieldError(StockLedger.under(field, "lot_number"), problem));
            }
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        List<Unit> units = output.book(tx, by, on, produced, item, serials, field);
        if (!units.isEmpty()) {
            events.publish(tx, "stock.produced", by.id(), movementData(by, on, units));
        }
        return units;
    }

    static Map<String, Object> movementData(Document by, LocalDate on, List<Unit> units) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("document_type", by.type());
        data.put("document_id", by.id());
        data.put("document_number", by.number());
        data.put("on", on.toString());
        data.put(
                "units",
                units.stream()
                        .map(u -> Map.of(
                                "id",
                                u.id(),
                                "kind",
                                u.kind(),
                                "number",
                                u.number(),
                                "item_code",
                                u.itemCode(),
                                "quantity",
                                u.quantity()))
                        .toList());
        return data;
    }
}
