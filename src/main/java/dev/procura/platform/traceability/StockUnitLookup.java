package dev.procura.platform.traceability;

import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port implemented by the traceability capability: lots and serial numbers found by their number
 * or id, for labels and scans. Every call runs in the caller's tenant transaction.
 */
public interface StockUnitLookup {

    /** A lot or serial number: {@code kind} is {@code lot} or {@code serial}; {@code lotNumber} is a serial's lot. */
    record Found(
            UUID id,
            String kind,
            String number,
            String itemCode,
            UUID plantId,
            String status,
            BigDecimal quantity,
            String lotNumber,
            LocalDate expiresOn) {}

    /** Lots with the number, of the item when {@code itemCode} is not null; several items may share a number. */
    List<Found> lots(TenantTx tx, String itemCode, String lotNumber);

    /** Serial numbers with the number, of the item when {@code itemCode} is not null. */
    List<Found> serials(TenantTx tx, String itemCode, String serialNumber);

    /** The lot ({@code kind} lot) or serial number ({@code kind} serial) with the id. */
    Optional<Found> byId(TenantTx tx, String kind, UUID id);
}
