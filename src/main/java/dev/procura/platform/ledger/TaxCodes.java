package dev.procura.platform.ledger;

import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The tenant's tax codes as buying documents, items and (later) GL posting previews use them:
 * a code resolved on a date gives its rates, recoverable share and input tax account, and the
 * tax of document lines is calculated here, rounded as the tenant's {@code tax_rounding} says.
 * Implemented by the taxes capability.
 */
public interface TaxCodes {

    /** The active code (any case) with the rate period valid on {@code on}; empty when there is none. */
    Optional<TaxTerms> resolve(TenantTx tx, String code, LocalDate on);

    /**
     * The one active, exclusive code whose rate valid on {@code on} is the single plain rate
     * {@code rate}; empty when none or several are.
     */
    Optional<TaxTerms> matchRate(TenantTx tx, BigDecimal rate, LocalDate on);

    /** The codes of the active tax codes, upper case; empty when the tenant has no tax codes. */
    Set<String> activeCodes(TenantTx tx);

    /** Whether the tenant has any tax code (active or not). */
    boolean anyDefined(TenantTx tx);

    /** Net, tax and gross of each line and the totals by code, in the currency, rounded per the tenant setting. */
    TaxCalculation calculate(TenantTx tx, String currency, List<TaxLine> lines);
}
