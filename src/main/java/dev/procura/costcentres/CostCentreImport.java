package dev.procura.costcentres;

import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.imports.RowImport;
import dev.procura.platform.imports.RowRequests;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/**
 * Bulk import of cost centres, keyed by code; the columns are the API body's fields, the parent
 * named by its code (parent_code), so a parent's row comes before its children's.
 */
@ApplicationScoped
public class CostCentreImport implements RowImport<CostCentreRequests.Define> {

    @Inject
    RowRequests rowRequests;

    @Inject
    CostCentreService centres;

    @Override
    public String entity() {
        return "cost_centres";
    }

    @Override
    public Class<CostCentreRequests.Define> requestType() {
        return CostCentreRequests.Define.class;
    }

    @Override
    public RowRequests rowRequests() {
        return rowRequests;
    }

    @Override
    public String key(CostCentreRequests.Define request) {
        return request.code();
    }

    @Override
    public ImportOutcome.Result write(TenantTx tx, CostCentreRequests.Define request, ImportMode mode, boolean dryRun) {
        return centres.importRow(tx, tx.actor(), request, mode, dryRun);
    }
}
