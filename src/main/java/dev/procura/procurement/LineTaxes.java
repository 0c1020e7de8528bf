package dev.procura.procurement;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.ledger.TaxCalculation;
import dev.procura.platform.ledger.TaxCodes;
import dev.procura.platform.ledger.TaxLine;
import dev.procura.platform.ledger.TaxTerms;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Prices a document's lines ({@link Lines}) and taxes them through the tenant's tax codes on the
 * document date: a line's {@code tax_code} names an active code with a rate that day; a bare
 * {@code tax_rate} takes the one active exclusive code of that single rate when there is exactly
 * one (the line then shows the code), else stays a bare rate. Tax is calculated and rounded by
 * the tax codes port (per line or per document, as the tenant's {@code tax_rounding} says).
 */
@ApplicationScoped
public class LineTaxes {

    @Inject
    TaxCodes taxCodes;

    public List<LineItem> price(
            TenantTx tx, List<LineRequest> requests, String currency, LocalDate on, boolean pricesRequired) {
        List<LineItem> priced = Lines.price(requests, currency, pricesRequired);
        List<TaxTerms> terms = terms(tx, requests, on);
        List<TaxLine> taxable = new ArrayList<>();
        for (int i = 0; i < priced.size(); i++) {
            if (priced.get(i).netAmount() != null) {
                taxable.add(new TaxLine(priced.get(i).netAmount(), terms.get(i)));
            }
        }
        List<TaxCalculation.LineTax> taxed = taxable.isEmpty()
                ? List.of()
                : taxCodes.calculate(tx, currency, taxable).lines();
        List<LineItem> lines = new ArrayList<>();
        int next = 0;
        for (int i = 0; i < priced.size(); i++) {
            LineItem line = priced.get(i);
            TaxTerms term = terms.get(i);
            TaxCalculation.LineTax tax = line.netAmount() == null ? null : taxed.get(next++);
            lines.add(new LineItem(
                    line.itemCode(),
                    line.description(),
                    line.quantity(),
                    line.unit(),
                    line.unitPrice(),
                    term.isBare() ? line.taxRate() : term.shownRate(),
                    term.code(),
                    tax == null ? null : tax.net(),
                    tax == null ? null : tax.tax(),
                    tax == null ? null : tax.gross()));
        }
        return lines;
    }

    /** Each line's terms; every line whose code does not apply is reported at once. */
    private List<TaxTerms> terms(TenantTx tx, List<LineRequest> requests, LocalDate on) {
        List<FieldError> errors = new ArrayList<>();
        List<TaxTerms> terms = new ArrayList<>();
        for (int i = 0; i < requests.size(); i++) {
            LineRequest line = requests.get(i);
            String at = "lines[" + i + "].";
            if (line.taxCode() == null) {
                BigDecimal rate = line.taxRate() == null ? BigDecimal.ZERO : line.taxRate();
                Optional<TaxTerms> matched =
                        line.taxRate() == null ? Optional.empty() : taxCodes.matchRate(tx, rate, on);
                terms.add(matched.orElseGet(() -> TaxTerms.bare(rate)));
                continue;
            }
            Optional<TaxTerms> resolved = taxCodes.resolve(tx, line.taxCode(), on);
            if (resolved.isEmpty()) {
                errors.add(new FieldError(at + "tax_code", "is not an active tax code with a rate on " + on));
                terms.add(TaxTerms.bare(BigDecimal.ZERO));
            } else if (line.taxRate() != null
                    && line.taxRate().compareTo(resolved.get().shownRate()) != 0) {
                errors.add(new FieldError(
                        at + "tax_rate",
                        "must be the rate of tax code " + resolved.get().code() + " on " + on + " ("
                                + resolved.get()
                                        .shownRate()
                                        .stripTrailingZeros()
                                        .toPlainString()
                                + ") or left out"));
                terms.add(resolved.get());
            } else {
                terms.add(resolved.get());
            }
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return terms;
    }
}
