package dev.procura.platform.masters;

import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.util.Collection;
import java.util.Map;

/**
 * Port implemented by the items capability: what costing needs to know of an item: its type
 * (purchased, manufactured, service: stock or expense) and its standard cost.
 */
public interface ItemCosts {

    /** An item's type and standard cost per base unit (both cost fields null when it has none). */
    record ItemCost(String itemCode, String type, String baseUnit, BigDecimal standardCost, String currency) {

        /** Services are expensed; purchased and manufactured items are stock. */
        public boolean isStock() {
            return !"service".equals(type);
        }
    }

    /** The items among {@code itemCodes} that are in the item master, keyed by code; unknown codes are left out. */
    Map<String, ItemCost> of(TenantTx tx, Collection<String> itemCodes);
}
