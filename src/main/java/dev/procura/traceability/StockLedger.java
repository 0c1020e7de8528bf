package dev.procura.traceability;

import dev.procura.items.ItemTrackingFacts;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The bookkeeping every way of moving stock shares: numbers for new lots and serial numbers
 * (given, checked against a GS1 rule, or taken from the item's rule), new units, and movements.
 */
@ApplicationScoped
public class StockLedger {

    static final String LOT = "lot";
    static final String SERIAL = "serial";

    @Inject
    TraceabilityRepository repository;

    @Inject
    ItemTrackingFacts items;

    /** A field under the caller's {@code field} ("" for the body itself). */
    static String under(String field, String name) {
        return field == null || field.isEmpty() ? name : field + "." + name;
    }

    Map<String, ItemTrackingFacts.Tracking> items(TenantTx tx, Collection<String> codes) {
        return items.of(tx, codes);
    }

    /** The item, if it is in the master and active; otherwise why not. */
    static String problemWithItem(ItemTrackingFacts.Tracking item, String code) {
        if (item == null) {
            return "no item " + code + " in the item master";
        }
        return item.active() ? null : "item " + code + " is inactive";
    }

    ItemTrackingFacts.Tracking requireItem(TenantTx tx, String code, String field) {
        ItemTrackingFacts.Tracking item = items.of(tx, java.util.List.of(code)).get(code);
        String problem = problemWithItem(item, code);
        if (problem != null) {
            throw new Failure.InvalidInput(field, problem);
        }
        return item;
    }

    /** Whether the item has a numbering rule of that kind. */
    boolean hasRule(TenantTx tx, String itemCode, String kind) {
        return repository.rules(tx.em(), itemCode).stream()
                .anyMatch(r -> r.kind().equals(kind));
    }

    /** Why a number given by hand does not fit the item's rule of that kind (a GS1 one), or null. */
    String problemWithNumber(TenantTx tx, String itemCode, String kind, String number) {
        return repository.rules(tx.em(), itemCode).stream()
                .filter(r -> r.kind().equals(kind))
                .map(r -> r.problemWith(number))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElse(null);
    }

    /** The next free number of the item's rule of that kind, if it has one; the rule stays locked until commit. */
    Optional<String> nextNumber(TenantTx tx, String itemCode, String kind, LocalDate today) {
        EntityManager em = tx.em();
        Optional<NumberingRule> found = repository.lockedRule(em, itemCode, kind);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        NumberingRule rule = found.get();
        while (true) {
            String number = rule.take(today);
            if (rule.isTooLong(number)) {
                throw new Failure.Conflict(
                        ProblemType.NUMBERING_RULE_EXHAUSTED,
                        "The " + kind + " numbering rule of " + itemCode + " made " + number
                                + ", longer than its numbers may be",
                        Map.of("item_code", itemCode));
            }
            if (!repository.numberTaken(em, kind, itemCode, number)) {
                return Optional.of(number);
            }
        }
    }

    /** A new, empty, available lot; a number the item has already is a conflict. */
    Lot newLot(TenantTx tx, String itemCode, String number, UUID plantId, String unit) {
        if (repository.numberTaken(tx.em(), LOT, itemCode, number)) {
            throw lotTaken(itemCode, number);
        }
        Lot lot = new Lot(itemCode, number, plantId, unit, tx.now());
        tx.em().persist(lot);
        return lot;
    }

    static Failure lotTaken(String itemCode, String number) {
        return new Failure.Conflict(
                ProblemType.LOT_NUMBER_TAKEN,
                "Item " + itemCode + " has a lot " + number + " already",
                Map.of("number", number, "item_code", itemCode));
    }

    SerialNumber newSerial(TenantTx tx, String itemCode, String number, UUID lotId, UUID plantId, LocalDate expiresOn) {
        if (repository.numberTaken(tx.em(), SERIAL, itemCode, number)) {
            throw new Failure.Conflict(
                    ProblemType.SERIAL_NUMBER_TAKEN,
                    "Item " + itemCode + " has a serial number " + number + " already",
                    Map.of("number", number, "item_code", itemCode));
        }
        SerialNumber serial = new SerialNumber(itemCode, number, lotId, plantId, expiresOn, tx.now());
        tx.em().persist(serial);
        return serial;
    }

    StockMovement move(
            TenantTx tx,
            StockMovement.Kind kind,
            Lot lot,
            BigDecimal quantity,
            StockMovement.Document document,
            UUID partyId,
            LocalDate on,
            String reference) {
        return record(tx, kind, LOT, lot.id(), lot.itemCode(), quantity, document, partyId, on, reference);
    }

    StockMovement move(
            TenantTx tx,
            StockMovement.Kind kind,
            SerialNumber serial,
            StockMovement.Document document,
            UUID partyId,
            LocalDate on,
            String reference) {
        return record(
                tx, kind, SERIAL, serial.id(), serial.itemCode(), BigDecimal.ONE, document, partyId, on, reference);
    }

    /** A serial number of a lot leaves stock: so does one unit of its lot. */
    void takeFromLotOf(TenantTx tx, SerialNumber serial, UnitStatus emptied) {
        if (serial.lotId() == null) {
            return;
        }
        Lot lot = tx.em().find(Lot.class, serial.lotId(), jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (lot != null && lot.quantity().compareTo(BigDecimal.ONE) >= 0) {
            lot.take(BigDecimal.ONE, emptied, tx.now());
        }
    }

    private static StockMovement record(
            TenantTx tx,
            StockMovement.Kind kind,
            String unitKind,
            UUID unitId,
            String itemCode,
            BigDecimal quantity,
            StockMovement.Document document,
            UUID partyId,
            LocalDate on,
            String reference) {
        StockMovement movement = new StockMovement(
                kind, unitKind, unitId, itemCode, quantity, document, partyId, on, reference, tx.actor(), tx.now());
        tx.em().persist(movement);
        return movement;
    }
}
