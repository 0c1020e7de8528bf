package dev.procura.costing;

import dev.procura.currencies.CurrencyService;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.masters.ExchangeRates;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.Map;

/** The tenant currency, minor units, and conversions at the tenant's exchange rates on a document's date. */
@ApplicationScoped
class CostingMoney {

    @Inject
    CurrencyService currencies;

    @Inject
    ExchangeRates rates;

    String tenantCurrency(TenantTx tx) {
        return currencies.home(tx);
    }

    /** 400 on {@code currency} unless the tenant has the currency and it is active. */
    void requireActive(TenantTx tx, String currency) {
        currencies.requireActive(tx, currency, "currency");
    }

    int decimals(TenantTx tx, String currency) {
        return currencies.decimals(tx, currency, "currency");
    }

    /** Converts at the rate valid on {@code on}, rounded once to the target's minor units; 409 without a rate. */
    Conversion on(TenantTx tx, LocalDate on) {
        return (amount, from, to) -> from.equals(to)
                ? amount
                : rates.rate(tx, from, to, on)
                        .orElseThrow(() -> new Failure.Conflict(
                                ProblemType.NO_EXCHANGE_RATE,
                                "The tenant has no exchange rate from " + from + " to " + to + " valid on " + on
                                        + "; add one under /exchange-rates",
                                Map.of("from", from, "to", to)))
                        .convert(amount, decimals(tx, to));
    }
}
