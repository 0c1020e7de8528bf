package dev.procura.platform.ledger;

import java.math.BigDecimal;
import java.util.List;

/** The taxed lines, in the order given, and the totals by tax code (bare rates by rate), in the currency. */
public record TaxCalculation(String currency, String rounding, List<LineTax> lines, List<CodeTotal> totals) {

    public TaxCalculation {
        lines = List.copyOf(lines);
        totals = List.copyOf(totals);
    }

    /** One line: net + tax = gross, each rounded to the currency's minor units. */
    public record LineTax(TaxTerms terms, BigDecimal net, BigDecimal tax, BigDecimal gross) {}

    /**
     * The lines of one code (or one bare rate): their sums, and the tax split into the recoverable
     * part (posted to the input tax account) and the rest (expensed with the lines).
     */
    public record CodeTotal(
            String taxCode,
            BigDecimal taxRate,
            BigDecimal net,
            BigDecimal tax,
            BigDecimal gross,
            BigDecimal recoverableTax,
            BigDecimal nonRecoverableTax,
            String inputTaxAccount) {}
}
