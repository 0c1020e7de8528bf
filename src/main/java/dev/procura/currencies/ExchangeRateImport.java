package dev.procura.currencies;

import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.imports.RowImport;
import dev.procura.platform.imports.RowRequests;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Bulk import of stated rates: columns from_currency, to_currency, rate, valid_from; keyed by the
 * pair and date ({@code USD/EUR@2026-01-01}). Upserting a different rate for a key changes it.
 */
@ApplicationScoped
public class ExchangeRateImport implements RowImport<CurrencyRequests.DefineRate> {

    @Inject
    RowRequests rowRequests;

    @Inject
    ExchangeRateService rates;

    @Override
    public String entity() {
        return "exchange_rates";
    }

    @Override
    public Class<CurrencyRequests.DefineRate> requestType() {
        return CurrencyRequests.DefineRate.class;
    }

    @Override
    public RowRequests rowRequests() {
        return rowRequests;
    }

    @Override
    public String key(CurrencyRequests.DefineRate request) {
        return request.fromCurrency() + "/" + request.toCurrency() + "@" + request.validFrom();
    }

    @Override
    public ImportOutcome.Result write(
            TenantTx tx, CurrencyRequests.DefineRate request, ImportMode mode, boolean dryRun) {
        return rates.importRow(tx, tx.actor(), request, mode, dryRun);
    }
}
