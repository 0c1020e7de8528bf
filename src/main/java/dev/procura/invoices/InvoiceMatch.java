package dev.procura.invoices;

import dev.procura.procurement.LineItem;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Three-way match of an invoice against its order and receipts. Per invoice line, found on the
 * order by item code: the unit price must be within the tolerance of the order's, the tax rate
 * the order's, and the quantity (with what earlier invoices billed for the item) within the
 * tolerance of what was received and accepted. Quantities and prices are compared in the order
 * line's unit.
 */
public final class InvoiceMatch {

    @Schema(name = "InvoiceMismatch")
    public record Mismatch(
            int line,
            String itemCode,

            @Schema(enumeration = {"item_code", "unit_price", "quantity", "tax_rate"})
            String field,

            String expected,
            String actual,
            String message) {}

    /** What the order and its receipts say about one item. */
    public record Expected(LineItem ordered, BigDecimal acceptedReceived, BigDecimal invoicedBefore) {}

    /** An invoice line's quantity and unit price in the order line's unit. */
    public record InOrderUnit(BigDecimal quantity, BigDecimal unitPrice) {}

    /** Expresses an invoice line in the unit of the order line of its item. */
    @FunctionalInterface
    public interface Conversion {
        InOrderUnit of(LineItem invoiced, LineItem ordered);
    }

    /** Lines in the order line's unit already. */
    static final Conversion SAME_UNITS =
            (invoiced, ordered) -> new InOrderUnit(invoiced.quantity(), invoiced.unitPrice());

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private InvoiceMatch() {}

    public static List<Mismatch> of(
            List<LineItem> invoiced, Map<String, Expected> byItemCode, BigDecimal tolerancePercent) {
        return of(invoiced, byItemCode, tolerancePercent, SAME_UNITS);
    }

    /**
     * As {@link #of(List, Map, BigDecimal)}, comparing each line's quantity and unit price after
     * {@code conversion} into the order line's unit (an invoice in boxes against an order in each).
     */
    public static List<Mismatch> of(
            List<LineItem> invoiced,
            Map<String, Expected> byItemCode,
            BigDecimal tolerancePercent,
            Conversion conversion) {
        List<Mismatch> mismatches = new ArrayList<>();
        for (int i = 0; i < invoiced.size(); i++) {
            LineItem line = invoiced.get(i);
            int number = i + 1;
            Expected expected = byItemCode.get(line.itemCode());
            if (expected == null) {
                mismatches.add(new Mismatch(
                        number, line.itemCode(), "item_code", null, line.itemCode(), "is not on the purchase order"));
                continue;
            }
            InOrderUnit compared = conversion.of(line, expected.ordered());
            BigDecimal orderedPrice = expected.ordered().unitPrice();
            if (!withinTolerance(compared.unitPrice(), orderedPrice, tolerancePercent)) {
                mismatches.add(new Mismatch(
                        number,
                        line.itemCode(),
                        "unit_price",
                        plain(orderedPrice),
                        plain(compared.unitPrice()),
                        "differs from the ordered price by more than " + plain(tolerancePercent) + "%"));
            }
            if (line.taxRate().compareTo(expected.ordered().taxRate()) != 0) {
                mismatches.add(new Mismatch(
                        number,
                        line.itemCode(),
                        "tax_rate",
                        plain(expected.ordered().taxRate()),
                        plain(line.taxRate()),
                        "differs from the order's tax rate"));
            }
            BigDecimal billable = expected.acceptedReceived()
                    .subtract(expected.invoicedBefore())
                    .max(BigDecimal.ZERO);
            BigDecimal allowed =
                    billable.multiply(HUNDRED.add(tolerancePercent)).divide(HUNDRED, 3, RoundingMode.HALF_UP);
            if (compared.quantity().compareTo(allowed) > 0) {
                mismatches.add(new Mismatch(
                        number,
                        line.itemCode(),
                        "quantity",
                        plain(billable),
                        plain(compared.quantity()),
                        "exceeds the quantity received and accepted and not yet invoiced"));
            }
        }
        return mismatches;
    }

    /** |actual - expected| <= expected x tolerance / 100. */
    static boolean withinTolerance(BigDecimal actual, BigDecimal expected, BigDecimal tolerancePercent) {
        BigDecimal difference = actual.subtract(expected).abs();
        return difference.multiply(HUNDRED).compareTo(expected.multiply(tolerancePercent)) <= 0;
    }

    private static String plain(BigDecimal value) {
        return value.stripTrailingZeros().toPlainString();
    }
}
