package dev.procura.platform.masters;

import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;

/**
 * Port implemented by the units capability: a quantity in one unit of measure expressed in
 * another, through the tenant's global conversions (1 kg = 1000 g) and the item's own (1 box =
 * 12 ea for that item). Buying documents use it so that an order in boxes, received in each and
 * invoiced in boxes reconciles.
 */
public interface UnitConversions {

    /**
     * {@code quantity} of {@code fromUnit} in {@code toUnit}, computed exactly and rounded half-up
     * to the target unit's decimals at the end. Equal units return the quantity unchanged.
     *
     * @param itemCode the item whose own conversions apply; null for global conversions only
     * @throws NotConvertible when no conversion leads from one unit to the other
     */
    BigDecimal convert(TenantTx tx, String itemCode, BigDecimal quantity, String fromUnit, String toUnit);

    /**
     * A price per {@code fromUnit} as a price per {@code toUnit} (a price per box of 12 ea is 12
     * times the price per ea), rounded half-up to {@code scale}.
     */
    BigDecimal convertPrice(TenantTx tx, String itemCode, BigDecimal price, String fromUnit, String toUnit, int scale);
}
