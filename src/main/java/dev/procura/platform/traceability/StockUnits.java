package dev.procura.platform.traceability;

import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * Port implemented by the traceability capability: the lots and serial numbers a document moves.
 * Production reports what a work order consumed and produced through it; traceability keeps each
 * as a movement of the document, so genealogy links every unit a work order consumed to every unit
 * it produced, whichever was reported first. Every call runs in the caller's tenant transaction
 * and refuses bad input with {@code Failure.InvalidInput} naming fields under {@code field}.
 */
public interface StockUnits {

    /** The document that moves stock: {@code type} is e.g. {@code work_order}, {@code receipt}. */
    record Document(String type, UUID id, String number, UUID plantId) {}

    /** A quantity taken from a lot, or one serial number (quantity 1), of the item. */
    record Consumed(String itemCode, String lotNumber, String serialNumber, BigDecimal quantity) {}

    /**
     * Good output of the item: into the lot named (made when new), or into a lot numbered by the
     * item's rule when none is named; with serial numbers, one unit each (their count is the quantity).
     */
    record Produced(
            String itemCode, BigDecimal quantity, String lotNumber, List<String> serialNumbers, LocalDate expiresOn) {}

    /** A lot or serial number a movement touched: {@code kind} is {@code lot} or {@code serial}. */
    record Unit(UUID id, String kind, String number, String itemCode, BigDecimal quantity) {}

    /** Takes the quantities out of available lots and serials; unknown, unavailable or short ones are refused. */
    List<Unit> consume(TenantTx tx, Document by, LocalDate on, List<Consumed> consumed, String field);

    /**
     * Issues the lots and serial numbers to the customer (goods shipped), as movements of the document
     * to that customer, so genealogy and recalls reach the customer through the document: the customer
     * takes new business, each unit is available, not expired and at the document's plant (when it
     * names one); anything wrong refuses the whole issue.
     */
    List<Unit> issue(TenantTx tx, Document by, LocalDate on, UUID customerId, List<Consumed> issued, String field);

    /** Puts the output into its lot or serial numbers, made available at the document's plant. */
    List<Unit> produce(TenantTx tx, Document by, LocalDate on, Produced produced, String field);
}
