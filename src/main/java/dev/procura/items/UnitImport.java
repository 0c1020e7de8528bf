package dev.procura.items;

import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.imports.RowImport;
import dev.procura.platform.imports.RowRequests;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Bulk import of units of measure, one row at a time through {@link UnitService} (a tenant has tens). */
@ApplicationScoped
public class UnitImport implements RowImport<UnitRequests.Define> {

    @Inject
    RowRequests rowRequests;

    @Inject
    UnitService units;

    @Override
    public String entity() {
        return "units";
    }

    @Override
    public Class<UnitRequests.Define> requestType() {
        return UnitRequests.Define.class;
    }

    @Override
    public RowRequests rowRequests() {
        return rowRequests;
    }

    @Override
    public String key(UnitRequests.Define request) {
        return request.code();
    }

    @Override
    public ImportOutcome.Result write(TenantTx tx, UnitRequests.Define request, ImportMode mode, boolean dryRun) {
        return units.define(tx, request, mode, dryRun);
    }
}
