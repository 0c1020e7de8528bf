package dev.procura.costing;

import dev.procura.platform.masters.ItemCosts;
import dev.procura.platform.masters.NotConvertible;
import dev.procura.platform.masters.UnitConversions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

/**
 * What received goods cost at the item's standard cost: the standard cost per base unit, in the
 * tenant currency at the rate of the receipt's date, times the quantity in the base unit.
 */
@ApplicationScoped
class StandardCosts {

    @Inject
    ItemCosts items;

    @Inject
    UnitConversions units;

    @Inject
    CostingMoney money;

    /** The standard cost of the line's quantity; null when the item has none or its unit does not convert. */
    BigDecimal of(TenantTx tx, LandedCost.Goods goods, LocalDate on) {
        ItemCosts.ItemCost item = goods.itemCode() == null
                ? null
                : items.of(tx, List.of(goods.itemCode())).get(goods.itemCode());
        if (item == null || item.standardCost() == null) {
            return null;
        }
        BigDecimal base = inBaseUnit(tx, item, goods.quantity(), goods.unit());
        if (base == null) {
            return null;
        }
        String tenant = money.tenantCurrency(tx);
        return money.on(tx, on)
                .convert(item.standardCost().multiply(base), item.currency(), tenant)
                .setScale(money.decimals(tx, tenant), java.math.RoundingMode.HALF_UP);
    }

    /** The quantity in the item's base unit, or null when the units do not convert. */
    BigDecimal inBaseUnit(TenantTx tx, ItemCosts.ItemCost item, BigDecimal quantity, String unit) {
        try {
            return units.convert(tx, item.itemCode(), quantity, unit, item.baseUnit());
        } catch (NotConvertible e) {
            return null;
        }
    }
}
