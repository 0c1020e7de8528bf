package dev.procura.platform.masters;

import dev.procura.platform.tenancy.TenantTx;
import java.util.List;
import java.util.Optional;

/**
 * Port implemented by the items capability: how an item is identified on labels and in scans, its
 * GS1 trade item number (GTIN, kept as 14 digits) and how it is tracked.
 */
public interface ItemIdentities {

    /** An item as labels and scans see it; {@code gtin} is null when the item has none. */
    record Identity(
            String itemCode,
            String description,
            String gtin,
            String baseUnit,
            boolean lotTracked,
            boolean serialTracked,
            boolean active) {}

    Optional<Identity> byCode(TenantTx tx, String itemCode);

    /** Items with the GTIN (14 digits); more than one only if the master holds duplicates. */
    List<Identity> byGtin(TenantTx tx, String gtin14);
}
