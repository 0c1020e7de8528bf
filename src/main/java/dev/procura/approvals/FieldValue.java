package dev.procura.approvals;

import dev.procura.approvals.Condition.Invalid;
import java.math.BigDecimal;
import java.math.BigInteger;

/** Turns what a document holds in a field into a value a condition works with. */
final class FieldValue {

    private FieldValue() {}

    static Object of(String name, Object held, int position) {
        if (held == null || held instanceof String || held instanceof Boolean || held instanceof BigDecimal) {
            return held;
        }
        if (held instanceof Double || held instanceof Float) {
            return decimal(name, (Number) held, position);
        }
        if (held instanceof BigInteger integer) {
            return new BigDecimal(integer);
        }
        if (held instanceof Number number) {
            try {
                return new BigDecimal(number.toString());
            } catch (NumberFormatException e) {
                throw Invalid.at(position, "field " + name + " holds " + number + ", which is not a decimal number");
            }
        }
        throw Invalid.at(
                position,
                "field " + name + " holds a " + held.getClass().getSimpleName()
                        + "; a condition reads numbers, text, true/false and null");
    }

    private static BigDecimal decimal(String name, Number number, int position) {
        if (!Double.isFinite(number.doubleValue())) {
            throw Invalid.at(position, "field " + name + " holds " + number + ", which is not a decimal number");
        }
        // Through the shortest decimal form, so a float 0.1 reads as 0.1 and not 0.100000001490116...
        return new BigDecimal(number.toString());
    }
}
