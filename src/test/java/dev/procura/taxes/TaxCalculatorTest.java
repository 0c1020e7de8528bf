package dev.procura.taxes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.procura.platform.ledger.TaxCalculation;
import dev.procura.platform.ledger.TaxComponent;
import dev.procura.platform.ledger.TaxLine;
import dev.procura.platform.ledger.TaxTerms;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The tax calculator on worked examples; every figure is worked out by hand in the comments. */
class TaxCalculatorTest {

    private static BigDecimal d(String value) {
        return new BigDecimal(value);
    }

    private static TaxTerms code(String code, boolean inclusive, String recoverable, TaxComponent... components) {
        return new TaxTerms(
                UUID.randomUUID(), code, code, inclusive, List.of(components), d(recoverable), null, "1570");
    }

    private static TaxComponent plain(String rate) {
        return new TaxComponent(null, d(rate), false);
    }

    private static final TaxTerms VAT20 = code("VAT20", false, "100", plain("20"));
    private static final TaxTerms VAT7 = code("VAT7", false, "100", plain("7"));

    private static TaxCalculation calculate(TaxCalculator.Rounding rounding, TaxLine... lines) {
        return TaxCalculator.calculate("EUR", rounding, List.of(lines));
    }

    private static void assertLine(TaxCalculation.LineTax line, String net, String tax, String gross) {
        assertEquals(d(net), line.net(), "net");
        assertEquals(d(tax), line.tax(), "tax");
        assertEquals(d(gross), line.gross(), "gross");
    }

    @Test
    void exclusiveTaxIsTheNetTimesTheRateRoundedHalfUp() {
        // 100.00 × 20% = 20.00; 0.99 × 20% = 0.198 → 0.20; 10.125 is first rounded to 10.13, × 20% = 2.026 → 2.03
        TaxCalculation calculation = calculate(
                TaxCalculator.Rounding.LINE,
                new TaxLine(d("100.00"), VAT20),
                new TaxLine(d("0.99"), VAT20),
                new TaxLine(d("10.125"), VAT20));
        assertLine(calculation.lines().get(0), "100.00", "20.00", "120.00");
        assertLine(calculation.lines().get(1), "0.99", "0.20", "1.19");
        assertLine(calculation.lines().get(2), "10.13", "2.03", "12.16");
        TaxCalculation.CodeTotal total = calculation.totals().get(0);
        assertEquals("VAT20", total.taxCode());
        assertEquals(d("111.12"), total.net());
        assertEquals(d("22.23"), total.tax());
        assertEquals(d("133.35"), total.gross());
        assertEquals("line", calculation.rounding());
    }

    @Test
    void inclusiveTaxIsTakenOutOfTheGross() {
        // 120.00 incl. 20%: tax = 120 × 0.2 / 1.2 = 20.00, net 100.00
        // 10.00 incl. 20%: tax = 10 × 0.2 / 1.2 = 1.6666… → 1.67, net = 10.00 − 1.67 = 8.33
        TaxTerms inclusive = code("VAT20I", true, "100", plain("20"));
        TaxCalculation calculation = calculate(
                TaxCalculator.Rounding.LINE, new TaxLine(d("120.00"), inclusive), new TaxLine(d("10.00"), inclusive));
        assertLine(calculation.lines().get(0), "100.00", "20.00", "120.00");
        assertLine(calculation.lines().get(1), "8.33", "1.67", "10.00");
        assertEquals(d("21.67"), calculation.totals().get(0).tax());
        assertEquals(d("130.00"), calculation.totals().get(0).gross());
    }

    @Test
    void aCompoundComponentTaxesTheNetPlusTheTaxesBeforeIt() {
        // GST 5% then QST 9.975% compound on 100.00: 5.00 + 9.975% × 105.00 = 5 + 10.47375 = 15.47375 → 15.47
        TaxTerms quebec = code(
                "GST-QST",
                false,
                "100",
                new TaxComponent("GST", d("5"), false),
                new TaxComponent("QST", d("9.975"), true));
        assertEquals(d("15.47375"), quebec.effectiveRate());
        assertEquals(d("15.474"), quebec.shownRate());
        TaxCalculation calculation = calculate(TaxCalculator.Rounding.LINE, new TaxLine(d("100.00"), quebec));
        assertLine(calculation.lines().get(0), "100.00", "15.47", "115.47");
        // two plain components simply add: 5% + 9.975% of 100.00 = 14.975 → 14.98
        TaxTerms plainPair = code(
                "GST-PST",
                false,
                "100",
                new TaxComponent("GST", d("5"), false),
                new TaxComponent("PST", d("9.975"), false));
        assertLine(
                calculate(TaxCalculator.Rounding.LINE, new TaxLine(d("100.00"), plainPair))
                        .lines()
                        .get(0),
                "100.00",
                "14.98",
                "114.98");
    }

    @Test
    void documentRoundingRoundsEachCodesTotalOnceAndTheLinesAddUpToIt() {
        // three lines of 0.10 at 7%: each exact tax is 0.007.
        // line rounding: 0.01 + 0.01 + 0.01 = 0.03
        TaxCalculation byLine = calculate(
                TaxCalculator.Rounding.LINE,
                new TaxLine(d("0.10"), VAT7),
                new TaxLine(d("0.10"), VAT7),
                new TaxLine(d("0.10"), VAT7));
        assertEquals(d("0.03"), byLine.totals().get(0).tax());
        // document rounding: running totals 0.007, 0.014, 0.021 round to 0.01, 0.01, 0.02;
        // the lines carry the differences 0.01, 0.00, 0.01 and the code's tax is 0.021 → 0.02
        TaxCalculation byDocument = calculate(
                TaxCalculator.Rounding.DOCUMENT,
                new TaxLine(d("0.10"), VAT7),
                new TaxLine(d("0.10"), VAT7),
                new TaxLine(d("0.10"), VAT7));
        assertLine(byDocument.lines().get(0), "0.10", "0.01", "0.11");
        assertLine(byDocument.lines().get(1), "0.10", "0.00", "0.10");
        assertLine(byDocument.lines().get(2), "0.10", "0.01", "0.11");
        assertEquals(d("0.02"), byDocument.totals().get(0).tax());
        assertEquals(d("0.32"), byDocument.totals().get(0).gross());
        assertEquals("document", byDocument.rounding());
    }

    @Test
    void documentRoundingKeepsEachCodesRunningTotalApart() {
        // 0.10 at 7% (0.007) and 0.10 at 20% (0.02) alternate: each code has its own running total.
        // VAT7: 0.007 → 0.01, then 0.014 → 0.01 (line 0.00); VAT20: 0.02, 0.02.
        TaxCalculation calculation = calculate(
                TaxCalculator.Rounding.DOCUMENT,
                new TaxLine(d("0.10"), VAT7),
                new TaxLine(d("0.10"), VAT20),
                new TaxLine(d("0.10"), VAT7),
                new TaxLine(d("0.10"), VAT20));
        assertEquals(d("0.01"), calculation.lines().get(0).tax());
        assertEquals(d("0.02"), calculation.lines().get(1).tax());
        assertEquals(d("0.00"), calculation.lines().get(2).tax());
        assertEquals(d("0.02"), calculation.lines().get(3).tax());
        assertEquals(
                List.of("VAT7", "VAT20"),
                calculation.totals().stream()
                        .map(TaxCalculation.CodeTotal::taxCode)
                        .toList());
        assertEquals(d("0.01"), calculation.totals().get(0).tax());
        assertEquals(d("0.04"), calculation.totals().get(1).tax());
    }

    @Test
    void inclusiveDocumentRoundingKeepsTheGrossOfEveryLine() {
        // 1.00 incl. 20% three times: exact tax 0.1666… each; running 0.1667 → 0.17, 0.3333 → 0.33, 0.5 → 0.50
        // lines: 0.17, 0.16, 0.17 (sum 0.50); nets 0.83, 0.84, 0.83; the gross stays 1.00
        TaxTerms inclusive = code("VAT20I", true, "100", plain("20"));
        TaxCalculation calculation = calculate(
                TaxCalculator.Rounding.DOCUMENT,
                new TaxLine(d("1.00"), inclusive),
                new TaxLine(d("1.00"), inclusive),
                new TaxLine(d("1.00"), inclusive));
        assertLine(calculation.lines().get(0), "0.83", "0.17", "1.00");
        assertLine(calculation.lines().get(1), "0.84", "0.16", "1.00");
        assertLine(calculation.lines().get(2), "0.83", "0.17", "1.00");
        assertEquals(d("0.50"), calculation.totals().get(0).tax());
    }

    @Test
    void theRecoverableShareGoesToInputTaxAndTheRestIsExpensed() {
        // 200.00 at 20% = 40.00; 50% recoverable: 20.00 input tax, 20.00 expensed
        // 0.15 at 20% = 0.03; 50% of 0.03 = 0.015 → 0.02 recoverable, 0.01 expensed
        TaxTerms half = code("VAT20H", false, "50", plain("20"));
        TaxCalculation.CodeTotal total = calculate(TaxCalculator.Rounding.LINE, new TaxLine(d("200.00"), half))
                .totals()
                .get(0);
        assertEquals(d("20.00"), total.recoverableTax());
        assertEquals(d("20.00"), total.nonRecoverableTax());
        assertEquals("1570", total.inputTaxAccount());
        TaxCalculation.CodeTotal small = calculate(TaxCalculator.Rounding.LINE, new TaxLine(d("0.15"), half))
                .totals()
                .get(0);
        assertEquals(d("0.02"), small.recoverableTax());
        assertEquals(d("0.01"), small.nonRecoverableTax());
    }

    @Test
    void bareRatesAreTotalledByRateAndAmountsRoundToTheCurrency() {
        // JPY has no minor unit: 1,234 × 10% = 123.4 → 123; KWD has three: 1.234 × 5% = 0.0617 → 0.062
        TaxCalculation yen = TaxCalculator.calculate(
                "JPY",
                TaxCalculator.Rounding.LINE,
                List.of(new TaxLine(d("1234"), TaxTerms.bare(d("10"))), new TaxLine(d("100"), TaxTerms.bare(d("8")))));
        assertLine(yen.lines().get(0), "1234", "123", "1357");
        assertEquals(2, yen.totals().size());
        assertEquals(null, yen.totals().get(0).taxCode());
        assertEquals(d("10.000"), yen.totals().get(0).taxRate());
        TaxCalculation dinar = TaxCalculator.calculate(
                "KWD", TaxCalculator.Rounding.LINE, List.of(new TaxLine(d("1.234"), TaxTerms.bare(d("5")))));
        assertLine(dinar.lines().get(0), "1.234", "0.062", "1.296");
    }

    @Test
    void theRoundingSettingReadsLineByDefault() {
        assertEquals(TaxCalculator.Rounding.LINE, TaxCalculator.Rounding.of(null));
        assertEquals(TaxCalculator.Rounding.DOCUMENT, TaxCalculator.Rounding.of("document"));
        assertEquals("line", TaxCalculator.Rounding.LINE.setting());
    }
}
