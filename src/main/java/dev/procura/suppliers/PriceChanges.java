package dev.procura.suppliers;

import dev.procura.platform.buying.PricedLine;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The mean percentage by which later unit prices differ from earlier ones: an order's against its
 * quote's, an invoice's against its order's. Each priced later line is compared with every earlier
 * line of the same document and item priced above zero, as a join would.
 * <p>
 * These means were computed by PostgreSQL before, so every division here is PostgreSQL's numeric
 * division: at least 16 significant digits, rounded half away from zero. The figures shown, rounded
 * to two decimals, stay exactly what they were.
 */
final class PriceChanges {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private record Key(UUID documentId, String itemCode) {}

    private PriceChanges() {}

    /** Mean of (later - earlier) x 100 / earlier over the matching pairs; null when there are none. */
    static BigDecimal meanPercent(List<PricedLine> later, List<PricedLine> earlier) {
        Map<Key, List<BigDecimal>> basePrices = new HashMap<>();
        for (PricedLine line : earlier) {
            if (line.unitPrice() != null && line.unitPrice().signum() > 0) {
                basePrices
                        .computeIfAbsent(new Key(line.documentId(), line.itemCode()), k -> new ArrayList<>())
                        .add(line.unitPrice());
            }
        }
        BigDecimal sum = null;
        long pairs = 0;
        for (PricedLine line : later) {
            for (BigDecimal base : line.unitPrice() == null
                    ? List.<BigDecimal>of()
                    : basePrices.getOrDefault(new Key(line.documentId(), line.itemCode()), List.of())) {
                BigDecimal percent =
                        numericDivide(line.unitPrice().subtract(base).multiply(HUNDRED), base);
                sum = sum == null ? percent : sum.add(percent);
                pairs++;
            }
        }
        return pairs == 0 ? null : numericDivide(sum, BigDecimal.valueOf(pairs));
    }

    /** {@code dividend / divisor} at the scale PostgreSQL's numeric division picks (its select_div_scale). */
    static BigDecimal numericDivide(BigDecimal dividend, BigDecimal divisor) {
        int quotientWeight = weight(dividend) - weight(divisor);
        if (firstDigit(dividend) <= firstDigit(divisor)) {
            quotientWeight--;
        }
        int scale = Math.max(16 - quotientWeight * 4, Math.max(dividend.scale(), divisor.scale()));
        return dividend.divide(divisor, Math.min(Math.max(scale, 0), 1000), RoundingMode.HALF_UP);
    }

    /** The power of 10000 of the value's leading base-10000 digit (PostgreSQL stores numerics so); 0 for zero. */
    private static int weight(BigDecimal value) {
        return value.signum() == 0 ? 0 : Math.floorDiv(value.precision() - value.scale() - 1, 4);
    }

    /** That leading base-10000 digit, 1 to 9999; 0 for zero. */
    private static int firstDigit(BigDecimal value) {
        return value.signum() == 0
                ? 0
                : value.abs()
                        .movePointLeft(4 * weight(value))
                        .setScale(0, RoundingMode.FLOOR)
                        .intValueExact();
    }
}
