package dev.procura.procurement;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A document's tax by code: lines of one code (or one bare rate) summed, in the order they first appear. */
@Schema(name = "DocumentTaxTotal")
public record TaxTotals(
        @Schema(description = "null for lines taxed at a bare rate", example = "VAT23")
        String taxCode,

        @Schema(example = "23.000") BigDecimal taxRate,
        BigDecimal netAmount,
        BigDecimal taxAmount,
        BigDecimal totalAmount) {

    public static List<TaxTotals> of(List<LineItem> lines) {
        Map<String, TaxTotals> byCode = new LinkedHashMap<>();
        for (LineItem line : lines) {
            if (line.netAmount() == null) {
                continue;
            }
            String key = line.taxCode() != null
                    ? "code " + line.taxCode()
                    : "rate " + line.taxRate().stripTrailingZeros().toPlainString();
            byCode.merge(
                    key,
                    new TaxTotals(
                            line.taxCode(), line.taxRate(), line.netAmount(), line.taxAmount(), line.totalAmount()),
                    (a, b) -> new TaxTotals(
                            a.taxCode(),
                            a.taxRate(),
                            a.netAmount().add(b.netAmount()),
                            a.taxAmount().add(b.taxAmount()),
                            a.totalAmount().add(b.totalAmount())));
        }
        return new ArrayList<>(byCode.values());
    }
}
