package dev.procura.currencies;

import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.imports.RowImport;
import dev.procura.platform.imports.RowRequests;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Bulk import of currencies: columns code, name, decimals, active; keyed by code. */
@ApplicationScoped
public class CurrencyImport implements RowImport<CurrencyRequests.Define> {

    @Inject
    RowRequests rowRequests;

    @Inject
    CurrencyService currencies;

    @Override
    public String entity() {
        return "currencies";
    }

    @Override
    public Class<CurrencyRequests.Define> requestType() {
        return CurrencyRequests.Define.class;
    }

    @Override
    public RowRequests rowRequests() {
        return rowRequests;
    }

    @Override
    public String key(CurrencyRequests.Define request) {
        return request.code();
    }

    @Override
    public ImportOutcome.Result write(TenantTx tx, CurrencyRequests.Define request, ImportMode mode, boolean dryRun) {
        return currencies.importRow(tx, tx.actor(), request, mode, dryRun);
    }
}
