package dev.procura.items;

import dev.procura.platform.masters.UnitConversions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.Map;

/** The units capability's side of {@link UnitConversions}: the tenant's conversions and the item's own. */
@ApplicationScoped
public class ItemUnitConversions implements UnitConversions {

    @Inject
    UnitService units;

    @Inject
    ItemRepository items;

    @Override
    public BigDecimal convert(TenantTx tx, String itemCode, BigDecimal quantity, String fromUnit, String toUnit) {
        UnitConverter converter = units.converter(tx);
        if (fromUnit.equals(toUnit) || isFreeText(converter, fromUnit, toUnit)) {
            return quantity;
        }
        return converter.convert(quantity, fromUnit, toUnit, itemUnits(tx, itemCode));
    }

    @Override
    public BigDecimal convertPrice(
            TenantTx tx, String itemCode, BigDecimal price, String fromUnit, String toUnit, int scale) {
        UnitConverter converter = units.converter(tx);
        if (fromUnit.equals(toUnit) || isFreeText(converter, fromUnit, toUnit)) {
            return price;
        }
        return converter.convertPrice(price, fromUnit, toUnit, itemUnits(tx, itemCode), scale);
    }

    /**
     * Lines from before units of measure, or of a tenant that defines none, name units as free
     * text ("pcs" on the invoice, "ea" on the order): those compare as they are, as they always did.
     * Only two defined units must convert.
     */
    private static boolean isFreeText(UnitConverter converter, String fromUnit, String toUnit) {
        return !converter.knows(fromUnit) || !converter.knows(toUnit);
    }

    private UnitConverter.ItemUnits itemUnits(TenantTx tx, String itemCode) {
        if (itemCode == null) {
            return null;
        }
        return items.byCode(tx.em(), itemCode)
                .map(item -> {
                    Map<String, BigDecimal> toBase = new LinkedHashMap<>();
                    item.conversions().forEach(c -> toBase.put(c.unit(), c.factorToBase()));
                    return new UnitConverter.ItemUnits(item.code(), item.baseUnit(), toBase);
                })
                .orElse(null);
    }
}
