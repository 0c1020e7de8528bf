package dev.procura.accounts;

import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.imports.RowImport;
import dev.procura.platform.imports.RowRequests;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Bulk import of the chart of accounts, keyed by code; the columns are the API body's fields, a
 * parent named by {@code parent_code} (so parents come in earlier rows than their children).
 */
@ApplicationScoped
public class GlAccountImport implements RowImport<GlAccountRequests.Define> {

    @Inject
    RowRequests rowRequests;

    @Inject
    GlAccountService accounts;

    @Override
    public String entity() {
        return "gl_accounts";
    }

    @Override
    public Class<GlAccountRequests.Define> requestType() {
        return GlAccountRequests.Define.class;
    }

    @Override
    public RowRequests rowRequests() {
        return rowRequests;
    }

    @Override
    public String key(GlAccountRequests.Define request) {
        return request.code();
    }

    @Override
    public ImportOutcome.Result write(TenantTx tx, GlAccountRequests.Define request, ImportMode mode, boolean dryRun) {
        return accounts.importRow(tx, tx.actor(), request, mode, dryRun);
    }
}
