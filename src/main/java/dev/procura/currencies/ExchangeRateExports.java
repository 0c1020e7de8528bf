package dev.procura.currencies;

import dev.procura.currencies.CurrencyViews.ExchangeRateView;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportFilter;
import dev.procura.platform.exports.Keyset;
import dev.procura.platform.exports.MasterExports;
import dev.procura.platform.exports.RecordFields;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Stated exchange rates for conversions and reports, by currency pair and date, as the API shows
 * them. Filters: {@code from_currency}, {@code to_currency}, {@code valid_since} (rates stated
 * from that day on, yyyy-mm-dd).
 */
@ApplicationScoped
public class ExchangeRateExports extends MasterExports<ExchangeRate> {

    private static final List<ExportField> FIELDS = RecordFields.of(ExchangeRateView.class, Set.of());

    public ExchangeRateExports() {
        super(
                ExchangeRate.class,
                "exchange_rate",
                Permissions.MASTERS_READ,
                FIELDS,
                new PairAndDay(),
                ExchangeRate::id,
                filtersByKey());
    }

    private static Map<String, ExportFilter> filtersByKey() {
        Map<String, ExportFilter> filters = new LinkedHashMap<>();
        filters.put("from_currency", ExportFilter.text("fromCurrency"));
        filters.put("to_currency", ExportFilter.text("toCurrency"));
        filters.put("valid_since", ExportFilter.date("validFrom", ">="));
        return filters;
    }

    @Override
    protected Function<ExchangeRate, Map<String, Object>> values(TenantTx tx) {
        return rate -> RecordFields.values(ExchangeRateView.of(rate), FIELDS);
    }

    /** Unique per (from, to, valid_from); the key is {@code USD/EUR/2026-01-01}. */
    static final class PairAndDay implements Keyset<ExchangeRate> {

        @Override
        public String orderBy() {
            return "e.fromCurrency, e.toCurrency, e.validFrom";
        }

        @Override
        public String after(String key, Map<String, Object> parameters) {
            String[] parts = key.split("/", 3);
            parameters.put("afterFrom", parts[0]);
            parameters.put("afterTo", parts[1]);
            parameters.put("afterDay", LocalDate.parse(parts[2]));
            return "(e.fromCurrency > :afterFrom OR (e.fromCurrency = :afterFrom AND (e.toCurrency > :afterTo"
                    + " OR (e.toCurrency = :afterTo AND e.validFrom > :afterDay))))";
        }

        @Override
        public String keyOf(ExchangeRate rate) {
            return rate.fromCurrency() + "/" + rate.toCurrency() + "/" + rate.validFrom();
        }
    }
}
