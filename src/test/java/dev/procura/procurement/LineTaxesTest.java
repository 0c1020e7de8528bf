package dev.procura.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.ledger.TaxCalculation;
import dev.procura.platform.ledger.TaxCodes;
import dev.procura.platform.ledger.TaxComponent;
import dev.procura.platform.ledger.TaxLine;
import dev.procura.platform.ledger.TaxTerms;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.taxes.TaxCalculator;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Lines taxed through the tax codes port: a named code, a bare rate matched to a code, or kept bare. */
class LineTaxesTest {

    private static final LocalDate DAY = LocalDate.of(2026, 3, 1);
    private static final TaxTerms VAT20 = new TaxTerms(
            null,
            "VAT20",
            "VAT",
            false,
            List.of(new TaxComponent(null, new BigDecimal("20"), false)),
            BigDecimal.TEN.multiply(BigDecimal.TEN),
            null,
            "1570");
    private static final TaxTerms GROSS10 = new TaxTerms(
            null,
            "GROSS10",
            "Incl.",
            true,
            List.of(new TaxComponent(null, new BigDecimal("10"), false)),
            BigDecimal.ZERO,
            null,
            null);

    /** VAT20 and GROSS10 exist on {@link #DAY}; only VAT20 matches its bare rate. */
    private static final class Book implements TaxCodes {
        @Override
        public Optional<TaxTerms> resolve(TenantTx tx, String code, LocalDate on) {
            if (!on.equals(DAY)) {
                return Optional.empty();
            }
            return Optional.ofNullable(
                    code.equalsIgnoreCase("VAT20") ? VAT20 : code.equals("GROSS10") ? GROSS10 : null);
        }

        @Override
        public Optional<TaxTerms> matchRate(TenantTx tx, BigDecimal rate, LocalDate on) {
            return VAT20.isSingleRate(rate) ? Optional.of(VAT20) : Optional.empty();
        }

        @Override
        public Set<String> activeCodes(TenantTx tx) {
            return Set.of("VAT20", "GROSS10");
        }

        @Override
        public boolean anyDefined(TenantTx tx) {
            return true;
        }

        @Override
        public TaxCalculation calculate(TenantTx tx, String currency, List<TaxLine> lines) {
            return TaxCalculator.calculate(currency, TaxCalculator.Rounding.LINE, lines);
        }
    }

    private static LineRequest line(String code, String price, String rate, String taxCode) {
        return new LineRequest(
                code,
                null,
                new BigDecimal("2"),
                null,
                price == null ? null : new BigDecimal(price),
                rate == null ? null : new BigDecimal(rate),
                taxCode,
                null);
    }

    private static LineTaxes taxes() {
        LineTaxes taxes = new LineTaxes();
        taxes.taxCodes = new Book();
        return taxes;
    }

    @Test
    void aCodeABareRateOfACodeAndAnUnknownRateTaxTheirLines() {
        List<LineItem> lines = taxes().price(
                        null,
                        List.of(
                                line("A", "50.00", null, "vat20"),
                                line("B", "10.00", "20", null),
                                line("C", "10.00", "7", null),
                                line("D", "11.00", null, "GROSS10"),
                                line("E", "1.00", null, null)),
                        "EUR",
                        DAY,
                        true);
        // A: 2 × 50.00 = 100.00 at VAT20 → 20.00
        assertEquals("VAT20", lines.get(0).taxCode());
        assertEquals(new BigDecimal("20.000"), lines.get(0).taxRate());
        assertEquals(new BigDecimal("20.00"), lines.get(0).taxAmount());
        // B: the bare 20 is VAT20's single rate → shown with the code
        assertEquals("VAT20", lines.get(1).taxCode());
        assertEquals(new BigDecimal("4.00"), lines.get(1).taxAmount());
        // C: no code has 7 → kept bare, 20.00 × 7% = 1.40
        assertNull(lines.get(2).taxCode());
        assertEquals(new BigDecimal("7"), lines.get(2).taxRate());
        assertEquals(new BigDecimal("1.40"), lines.get(2).taxAmount());
        // D: 22.00 includes 10%: tax 2.00, net 20.00, total 22.00
        assertEquals(new BigDecimal("20.00"), lines.get(3).netAmount());
        assertEquals(new BigDecimal("2.00"), lines.get(3).taxAmount());
        assertEquals(new BigDecimal("22.00"), lines.get(3).totalAmount());
        // E: no rate at all → 0, bare
        assertNull(lines.get(4).taxCode());
        assertEquals(new BigDecimal("0.00"), lines.get(4).taxAmount());
    }

    @Test
    void unpricedLinesKeepTheirCodeWithoutAmounts() {
        List<LineItem> lines = taxes().price(null, List.of(line("A", null, null, "VAT20")), "EUR", DAY, false);
        assertEquals("VAT20", lines.get(0).taxCode());
        assertNull(lines.get(0).taxAmount());
    }

    @Test
    void anUnknownCodeOrARateOtherThanTheCodesIsRefusedOnItsLine() {
        Failure.InvalidInput refused = assertThrows(
                Failure.InvalidInput.class,
                () -> taxes().price(
                                null,
                                List.of(line("A", "1.00", null, "NOPE"), line("B", "1.00", "19", "VAT20")),
                                "EUR",
                                DAY,
                                true));
        assertEquals(
                List.of(
                        new FieldError("lines[0].tax_code", "is not an active tax code with a rate on 2026-03-01"),
                        new FieldError(
                                "lines[1].tax_rate",
                                "must be the rate of tax code VAT20 on 2026-03-01 (20) or left out")),
                refused.errors());
        assertEquals(
                "VAT20",
                taxes().price(null, List.of(line("A", "1.00", "20", "VAT20")), "EUR", DAY, true)
                        .get(0)
                        .taxCode());
    }

    @Test
    void aCopiedLineKeepsItsCodeOrItsBareRate() {
        List<LineItem> lines = taxes().price(
                        null,
                        List.of(line("A", "1.00", null, "VAT20"), line("B", "1.00", "7", null)),
                        "EUR",
                        DAY,
                        true);
        LineRequest coded = Lines.copy(lines.get(0));
        assertEquals("VAT20", coded.taxCode());
        assertNull(coded.taxRate());
        LineRequest bare = Lines.copy(lines.get(1));
        assertNull(bare.taxCode());
        assertEquals(new BigDecimal("7"), bare.taxRate());
    }
}
