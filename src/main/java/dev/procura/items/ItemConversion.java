package dev.procura.items;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;

/** One of an item's own conversions: 1 {@code unit} = {@code factorToBase} of its base unit. */
@Embeddable
public class ItemConversion {

    private String unit;

    @Column(name = "factor_to_base")
    private BigDecimal factorToBase;

    protected ItemConversion() {}

    ItemConversion(String unit, BigDecimal factorToBase) {
        this.unit = unit;
        this.factorToBase = scaled(factorToBase, 12);
    }

    /** Whether two lists hold the same conversions, in the same order. */
    static boolean same(List<ItemConversion> a, List<ItemConversion> b) {
        if (a.size() != b.size()) {
            return false;
        }
        for (int i = 0; i < a.size(); i++) {
            if (!a.get(i).unit.equals(b.get(i).unit) || !equal(a.get(i).factorToBase, b.get(i).factorToBase)) {
                return false;
            }
        }
        return true;
    }

    /** Equal numbers whatever their scale; both null counts as equal. */
    static boolean equal(BigDecimal x, BigDecimal y) {
        return x == null ? y == null : y != null && x.compareTo(y) == 0;
    }

    public String unit() {
        return unit;
    }

    public BigDecimal factorToBase() {
        return factorToBase;
    }

    /** The column's scale, so that a stored value compares equal to the same value sent again. */
    static BigDecimal scaled(BigDecimal value, int scale) {
        return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
    }
}
