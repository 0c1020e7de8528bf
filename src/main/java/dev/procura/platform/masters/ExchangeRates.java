package dev.procura.platform.masters;

import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;

/**
 * The tenant's exchange rates by date, for any capability that converts amounts (budgets today;
 * invoices and analytics later). Implemented by the currencies capability.
 */
public interface ExchangeRates {

    /**
     * The rate from {@code from} into {@code to} on {@code on}: the latest stated rate valid on
     * that date either way round, else one through the tenant currency; empty when there is none.
     */
    Optional<Rate> rate(TenantTx tx, String from, String to, LocalDate on);

    /** Every pair's latest stated rate valid on {@code on}, keyed {@code FROM/TO} (the settings' old shape). */
    Map<String, BigDecimal> statedOn(TenantTx tx, LocalDate on);

    /**
     * Records rates keyed {@code FROM/TO} valid from {@code validFrom} (replacing a rate of the same
     * pair and date), adding a currency the tenant does not have yet: how the settings'
     * {@code exchange_rates} are still written.
     */
    void state(TenantTx tx, Map<String, BigDecimal> rates, LocalDate validFrom);
}
