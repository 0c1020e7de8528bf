package dev.procura.procurement;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Turns requested lines into priced lines, all in one currency; {@link DocumentTotals} sums them. */
public final class Lines {

    private Lines() {}

    /**
     * Prices the lines in the document's currency. {@code pricesRequired} is false for RFQs, whose
     * unit price is an optional target. Every problem is reported at once, as {@code lines[i].field}.
     */
    public static List<LineItem> price(List<LineRequest> requests, String currency, boolean pricesRequired) {
        List<FieldError> errors = new ArrayList<>();
        if (requests == null || requests.isEmpty()) {
            throw new Failure.InvalidInput("lines", "must have at least one line");
        }
        Set<String> codes = new HashSet<>();
        List<LineItem> lines = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            LineRequest line = requests.get(i);
            String at = "lines[" + i + "].";
            if (line == null) {
                errors.add(new FieldError("lines[" + i + "]", "must not be null"));
                continue;
            }
            if (line.currency() != null && !line.currency().equals(currency)) {
                errors.add(new FieldError(
                        at + "currency",
                        "must be the document's currency " + currency + " (one currency per document)"));
            }
            if (pricesRequired && line.unitPrice() == null) {
                errors.add(new FieldError(at + "unit_price", "must not be null"));
            }
            if (line.itemCode() != null && !codes.add(line.itemCode())) {
                errors.add(new FieldError(at + "item_code", "appears on another line; one line per item"));
            }
            lines.add(price(line, currency));
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return lines;
    }

    static LineItem price(LineRequest line, String currency) {
        BigDecimal taxRate = line.taxRate() == null ? BigDecimal.ZERO : line.taxRate();
        String unit = line.unit() == null ? "ea" : line.unit();
        if (line.unitPrice() == null) {
            return new LineItem(
                    line.itemCode(), line.description(), line.quantity(), unit, null, taxRate, null, null, null, null);
        }
        BigDecimal net = Money.round(line.quantity().multiply(line.unitPrice()), currency);
        BigDecimal tax = Money.round(net.multiply(taxRate).movePointLeft(2), currency);
        return new LineItem(
                line.itemCode(),
                line.description(),
                line.quantity(),
                unit,
                line.unitPrice(),
                taxRate,
                null,
                net,
                tax,
                net.add(tax));
    }

    /**
     * A line copied from another document, e.g. a quote's line onto the purchase order made from it:
     * with its tax code (whose rate on the new document's date applies), else its bare rate.
     */
    public static LineRequest copy(LineItem line) {
        return new LineRequest(
                line.itemCode(),
                line.description(),
                line.quantity(),
                line.unit(),
                line.unitPrice(),
                line.taxCode() == null ? line.taxRate() : null,
                line.taxCode(),
                null);
    }
}
