package dev.procura.platform.logistics;

import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Port implemented by the logistics (shipments) capability: a shipment's packages with their SSCC
 * and contents, for labels. Every call runs in the caller's tenant transaction.
 */
public interface ShippingUnits {

    /** What a package holds: an item, by lot or serial number when tracked. */
    record Content(
            String itemCode,
            String lotNumber,
            String serialNumber,
            BigDecimal quantity,
            String unit,
            LocalDate expiresOn) {}

    /**
     * One package of a shipment: {@code direction} is {@code inbound} or {@code outbound};
     * {@code sscc} is the 18-digit serial shipping container code; {@code party} the customer or
     * supplier name.
     */
    record ShippingUnit(
            UUID shipmentId,
            String shipmentNumber,
            String direction,
            UUID plantId,
            UUID packageId,
            String packageNumber,
            String sscc,
            String party,
            String carrier,
            String trackingNumber,
            List<Content> contents) {}

    /** The shipment's packages in package order; empty when there is no such shipment. */
    Optional<List<ShippingUnit>> ofShipment(TenantTx tx, UUID shipmentId);

    /** The package with the id. */
    Optional<ShippingUnit> ofPackage(TenantTx tx, UUID packageId);
}
