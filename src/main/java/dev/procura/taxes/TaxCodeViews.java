package dev.procura.taxes;

import dev.procura.platform.ledger.TaxCalculation;
import dev.procura.platform.ledger.TaxTerms;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the tax codes API. */
public final class TaxCodeViews {

    private TaxCodeViews() {}

    @Schema(name = "TaxComponent")
    public record ComponentView(
            @Schema(example = "QST") String name,
            @Schema(example = "9.975") BigDecimal rate,
            boolean compound) {}

    @Schema(name = "TaxRatePeriod")
    public record PeriodView(
            @Schema(example = "2024-01-01") LocalDate validFrom,

            @Schema(description = "Last day it applies; null: open")
            LocalDate validTo,

            @Schema(
                    description = "The whole tax on a net of 100 (components compounded), three decimals",
                    example = "20.000")
            BigDecimal rate,

            List<ComponentView> components) {
        static PeriodView of(TaxRates.StoredPeriod period) {
            TaxTerms terms = new TaxTerms(null, null, null, false, period.components(), BigDecimal.ZERO, null, null);
            return new PeriodView(
                    period.validFrom(),
                    period.validTo(),
                    terms.shownRate(),
                    period.components().stream()
                            .map(c -> new ComponentView(c.name(), c.rate(), c.compound()))
                            .toList());
        }
    }

    @Schema(name = "TaxCode")
    public record TaxCodeView(
            UUID id,
            @Schema(example = "VAT20") String code,
            @Schema(example = "VAT standard rate") String name,
            List<PeriodView> rates,
            boolean inclusive,
            @Schema(example = "100") BigDecimal recoverablePercent,
            @Schema(example = "1570") String inputTaxAccount,
            UUID inputTaxAccountId,
            boolean active,
            Instant createdAt,
            Instant updatedAt) {
        static TaxCodeView of(TaxCode code, String inputTaxAccount) {
            return new TaxCodeView(
                    code.id(),
                    code.code(),
                    code.name(),
                    code.periods().stream().map(PeriodView::of).toList(),
                    code.isInclusive(),
                    code.recoverablePercent(),
                    inputTaxAccount,
                    code.inputTaxAccountId(),
                    code.isActive(),
                    code.createdAt(),
                    code.updatedAt());
        }
    }

    @Schema(name = "TaxCalculationLine")
    public record LineView(
            @Schema(example = "1") int line,
            @Schema(example = "VAT20") String taxCode,
            @Schema(example = "20.000") BigDecimal taxRate,
            boolean inclusive,
            @Schema(example = "100.00") BigDecimal netAmount,
            @Schema(example = "20.00") BigDecimal taxAmount,
            @Schema(example = "120.00") BigDecimal grossAmount) {}

    @Schema(name = "TaxTotal")
    public record TotalView(
            @Schema(example = "VAT20") String taxCode,
            @Schema(example = "20.000") BigDecimal taxRate,
            BigDecimal netAmount,
            BigDecimal taxAmount,
            BigDecimal grossAmount,

            @Schema(description = "The recoverable share of the tax (input tax)")
            BigDecimal recoverableTax,

            @Schema(description = "The rest, expensed with the lines")
            BigDecimal nonRecoverableTax,

            @Schema(example = "1570") String inputTaxAccount) {}

    @Schema(name = "TaxCalculation")
    public record CalculationView(
            @Schema(example = "EUR") String currency,
            LocalDate date,

            @Schema(
                    enumeration = {"line", "document"},
                    description = "The tenant setting tax_rounding")
            String rounding,

            List<LineView> lines,
            List<TotalView> totals,
            BigDecimal netTotal,
            BigDecimal taxTotal,
            BigDecimal grossTotal) {
        static CalculationView of(TaxCalculation calculation, LocalDate date) {
            List<LineView> lines = new ArrayList<>();
            BigDecimal net = BigDecimal.ZERO;
            BigDecimal tax = BigDecimal.ZERO;
            for (int i = 0; i < calculation.lines().size(); i++) {
                TaxCalculation.LineTax line = calculation.lines().get(i);
                lines.add(new LineView(
                        i + 1,
                        line.terms().code(),
                        line.terms().shownRate(),
                        line.terms().inclusive(),
                        line.net(),
                        line.tax(),
                        line.gross()));
                net = net.add(line.net());
                tax = tax.add(line.tax());
            }
            return new CalculationView(
                    calculation.currency(),
                    date,
                    calculation.rounding(),
                    lines,
                    calculation.totals().stream()
                            .map(t -> new TotalView(
                                    t.taxCode(),
                                    t.taxRate(),
                                    t.net(),
                                    t.tax(),
                                    t.gross(),
                                    t.recoverableTax(),
                                    t.nonRecoverableTax(),
                                    t.inputTaxAccount()))
                            .toList(),
                    net,
                    tax,
                    net.add(tax));
        }
    }
}
