package dev.procura.conversions.render;

import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/** The running sums of the sheet's totals columns; values that are not numbers are not counted. */
final class Totals {

    private final List<String> keys;
    private final BigDecimal[] sums;

    Totals(List<String> keys) {
        this.keys = keys;
        this.sums = new BigDecimal[keys.size()];
        reset();
    }

    boolean isEmpty() {
        return keys.isEmpty();
    }

    void add(Map<String, Object> values) {
        for (int i = 0; i < sums.length; i++) {
            Object value = values.get(keys.get(i));
            if (value instanceof BigDecimal number) {
                sums[i] = sums[i].add(number);
            } else if (value instanceof Long || value instanceof Integer) {
                sums[i] = sums[i].add(BigDecimal.valueOf(((Number) value).longValue()));
            }
        }
    }

    /** The sum of a column, or null when the column is not summed. */
    BigDecimal of(String key) {
        int index = keys.indexOf(key);
        return index < 0 ? null : sums[index];
    }

    void reset() {
        Arrays.fill(sums, BigDecimal.ZERO);
    }
}
