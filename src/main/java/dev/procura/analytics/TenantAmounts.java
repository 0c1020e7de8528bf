package dev.procura.analytics;

import dev.procura.analytics.AnalyticsViews.RateUsed;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.masters.ExchangeRates;
import dev.procura.platform.masters.Rate;
import dev.procura.platform.tenancy.TenantTx;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;

/**
 * Amounts of one analytics call in the tenant currency: each converted exactly at the rate valid
 * on its document's date, summed, and rounded once to the currency's minor units when shown. The
 * rates used are kept so the answer can list them.
 */
final class TenantAmounts {

    private record Key(String currency, LocalDate on) {}

    private final TenantTx tx;
    private final ExchangeRates rates;
    private final String home;
    private final int decimals;
    private final Map<Key, Rate> used = new HashMap<>();

    TenantAmounts(TenantTx tx, ExchangeRates rates, String home, int decimals) {
        this.tx = tx;
        this.rates = rates;
        this.home = home;
        this.decimals = decimals;
    }

    String currency() {
        return home;
    }

    /** {@code amount} of {@code currency} in the tenant currency on {@code on}, unrounded; 409 without a rate. */
    BigDecimal convert(BigDecimal amount, String currency, LocalDate on) {
        if (currency.equals(home)) {
            return amount;
        }
        Rate rate = used.computeIfAbsent(
                new Key(currency, on),
                key -> rates.rate(tx, currency, home, on)
                        .orElseThrow(() -> new Failure.Conflict(
                                ProblemType.NO_EXCHANGE_RATE,
                                "The tenant has no exchange rate from " + currency + " to " + home + " valid on " + on
                                        + "; add one under /exchange-rates",
                                Map.of("from", currency, "to", home))));
        return rate.convert(amount);
    }

    /** An amount as shown: rounded half up to the tenant currency's minor units. */
    BigDecimal shown(BigDecimal amount) {
        return amount == null ? null : amount.setScale(decimals, RoundingMode.HALF_UP);
    }

    /** Every rate used, by currency and date. */
    List<RateUsed> ratesUsed() {
        return used.entrySet().stream()
                .sorted(Comparator.comparing((Entry<Key, Rate> e) -> e.getKey().currency())
                        .thenComparing(e -> e.getKey().on()))
                .map(e -> new RateUsed(
                        e.getKey().currency(),
                        home,
                        e.getKey().on(),
                        e.getValue().rate()))
                .toList();
    }
}
