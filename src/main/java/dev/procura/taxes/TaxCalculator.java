package dev.procura.taxes;

import dev.procura.platform.ledger.TaxCalculation;
import dev.procura.platform.ledger.TaxCalculation.CodeTotal;
import dev.procura.platform.ledger.TaxCalculation.LineTax;
import dev.procura.platform.ledger.TaxLine;
import dev.procura.platform.ledger.TaxTerms;
import dev.procura.procurement.Money;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tax of document lines, exact until rounded once to the currency's minor units (half up).
 *
 * <p>A line's amount is its net (exclusive terms) or its gross (inclusive terms), rounded first.
 * With f = the terms' effective rate / 100 (components in order, a compound one on the net plus
 * the taxes before it), the exact tax is {@code amount × f} (exclusive) or {@code amount × f /
 * (1 + f)} (inclusive, to 34 significant digits). Rounding {@code line} rounds each line's tax;
 * {@code document} rounds each code's running total instead and gives each line the difference
 * between its running total and the one before, rounded: the lines of a code then add up to the
 * code's exactly rounded total, and each line is still within one minor unit of its exact tax.
 * Net + tax = gross on every line. A code total splits its tax into the recoverable share
 * (rounded) and the rest.
 */
public final class TaxCalculator {

    /** How tax is rounded: each line's tax, or each code's total over the document. */
    public enum Rounding {
        LINE,
        DOCUMENT;

        public static Rounding of(String setting) {
            return setting == null ? LINE : valueOf(setting.toUpperCase(Locale.ROOT));
        }

        public String setting() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private TaxCalculator() {}

    public static TaxCalculation calculate(String currency, Rounding rounding, List<TaxLine> lines) {
        Map<String, BigDecimal> running = new LinkedHashMap<>();
        Map<String, Sum> sums = new LinkedHashMap<>();
        List<LineTax> taxed = new ArrayList<>();
        for (TaxLine line : lines) {
            TaxTerms terms = line.terms();
            BigDecimal amount = Money.round(line.amount(), currency);
            BigDecimal exact = exactTax(amount, terms);
            String key = keyOf(terms);
            BigDecimal tax;
            if (rounding == Rounding.LINE) {
                tax = Money.round(exact, currency);
            } else {
                BigDecimal before = running.getOrDefault(key, BigDecimal.ZERO);
                BigDecimal after = before.add(exact);
                running.put(key, after);
                tax = Money.round(after, currency).subtract(Money.round(before, currency));
            }
            BigDecimal net = terms.inclusive() ? amount.subtract(tax) : amount;
            LineTax lineTax = new LineTax(terms, net, tax, net.add(tax));
            taxed.add(lineTax);
            sums.computeIfAbsent(key, k -> new Sum(terms, currency)).add(lineTax);
        }
        return new TaxCalculation(
                currency,
                rounding.setting(),
                taxed,
                sums.values().stream().map(Sum::total).toList());
    }

    /** The unrounded tax of an amount under the terms. */
    static BigDecimal exactTax(BigDecimal amount, TaxTerms terms) {
        BigDecimal factor = terms.effectiveRate().divide(HUNDRED);
        BigDecimal onNet = amount.multiply(factor);
        return terms.inclusive() ? onNet.divide(BigDecimal.ONE.add(factor), MathContext.DECIMAL128) : onNet;
    }

    private static String keyOf(TaxTerms terms) {
        return terms.isBare()
                ? "rate " + terms.shownRate().toPlainString()
                : terms.code().toUpperCase(Locale.ROOT);
    }

    /** The running sums of one code's lines. */
    private static final class Sum {
        private final TaxTerms terms;
        private final String currency;
        private BigDecimal net;
        private BigDecimal tax;

        Sum(TaxTerms terms, String currency) {
            this.terms = terms;
            this.currency = currency;
            this.net = Money.zero(currency);
            this.tax = Money.zero(currency);
        }

        void add(LineTax line) {
            net = net.add(line.net());
            tax = tax.add(line.tax());
        }

        CodeTotal total() {
            BigDecimal recoverable =
                    Money.round(tax.multiply(terms.recoverablePercent()).divide(HUNDRED), currency);
            return new CodeTotal(
                    terms.code(),
                    terms.shownRate(),
                    net,
                    tax,
                    net.add(tax),
                    recoverable,
                    tax.subtract(recoverable),
                    terms.inputTaxAccountCode());
        }
    }
}
