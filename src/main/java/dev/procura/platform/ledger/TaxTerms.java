package dev.procura.platform.ledger;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.UUID;

/**
 * A tax code as it applies on one date: its components in order, whether prices include the tax,
 * the recoverable share (percent) and the input tax account the recoverable part is posted to.
 * The non-recoverable part is a cost of the line (expensed with it). A bare rate (a line without
 * a code) is terms without id and code.
 */
public record TaxTerms(
        UUID id,
        String code,
        String name,
        boolean inclusive,
        List<TaxComponent> components,
        BigDecimal recoverablePercent,
        UUID inputTaxAccountId,
        String inputTaxAccountCode) {

    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    public TaxTerms {
        components = List.copyOf(components);
    }

    /** A plain rate without a code: exclusive, one component, fully recoverable. */
    public static TaxTerms bare(BigDecimal rate) {
        return new TaxTerms(null, null, null, false, List.of(new TaxComponent(null, rate, false)), HUNDRED, null, null);
    }

    public boolean isBare() {
        return code == null;
    }

    /**
     * The whole tax on a net amount of 100, exact: each component's rate, a compound one applied to
     * 100 plus the taxes before it (5 then 9.975 compound: 5 + 9.975 × 1.05 = 15.47375).
     */
    public BigDecimal effectiveRate() {
        BigDecimal taxes = BigDecimal.ZERO;
        for (TaxComponent component : components) {
            BigDecimal base = component.compound() ? HUNDRED.add(taxes) : HUNDRED;
            taxes = taxes.add(base.multiply(component.rate()).divide(HUNDRED));
        }
        return taxes.stripTrailingZeros().scale() < 0 ? taxes.setScale(0) : taxes.stripTrailingZeros();
    }

    /** The effective rate as a line shows it (three decimals, half up). */
    public BigDecimal shownRate() {
        return effectiveRate().setScale(3, RoundingMode.HALF_UP);
    }

    /** Whether this is one plain (not compound) component of {@code rate}, as a bare rate is. */
    public boolean isSingleRate(BigDecimal rate) {
        return components.size() == 1
                && !components.get(0).compound()
                && components.get(0).rate().compareTo(rate) == 0;
    }
}
