package dev.procura.currencies;

import dev.procura.platform.masters.ExchangeRates;
import dev.procura.platform.masters.Rate;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/** The exchange rates port: rates by date from the tenant's exchange_rates table. */
@ApplicationScoped
public class ExchangeRateBook implements ExchangeRates {

    @Inject
    CurrencyRepository currencies;

    @Inject
    CurrencyService currencyService;

    @Inject
    ExchangeRateService rates;

    @Override
    public Optional<Rate> rate(TenantTx tx, String from, String to, LocalDate on) {
        String home = currencyService.home(tx);
        List<RateTable.Quote> quotes = currencies.quotes(tx.em(), new java.util.HashSet<>(List.of(from, to, home)), on);
        return new RateTable(home, quotes).rate(from, to, on);
    }

    @Override
    public Map<String, BigDecimal> statedOn(TenantTx tx, LocalDate on) {
        Map<String, RateTable.Quote> latest = new TreeMap<>();
        for (RateTable.Quote quote : currencies.quotes(tx.em(), on)) {
            latest.merge(
                    quote.from() + "/" + quote.to(),
                    quote,
                    (a, b) -> a.validFrom().isAfter(b.validFrom()) ? a : b);
        }
        Map<String, BigDecimal> stated = new TreeMap<>();
        latest.forEach((pair, quote) -> stated.put(pair, quote.rate()));
        return stated;
    }

    @Override
    public void state(TenantTx tx, Map<String, BigDecimal> stated, LocalDate validFrom) {
        stated.forEach((pair, rate) -> {
            int slash = pair.indexOf('/');
            rates.restate(tx, tx.actor(), pair.substring(0, slash), pair.substring(slash + 1), rate, validFrom);
        });
    }
}
