package dev.procura.platform.masters;

import dev.procura.platform.tenancy.TenantTx;

/**
 * Implemented by each capability whose records name items or units of measure by code (order
 * lines), so that an item or unit they name is deactivated rather than deleted, without the
 * masters reading those capabilities' tables.
 */
public interface MasterReferences {

    /** What kind of record this counts, e.g. "purchase_order_lines". */
    String records();

    /** Records naming the item code. */
    long namingItem(TenantTx tx, String itemCode);

    /** Records with quantities in the unit. */
    long inUnit(TenantTx tx, String unitCode);
}
