package dev.procura.taxes;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.imports.RowImport;
import dev.procura.platform.imports.RowRequests;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;

/**
 * Bulk import of tax codes, keyed by code; the columns are the API body's fields, {@code rates}
 * as text ({@link TaxCodeRequests.ImportRow}) and {@code input_tax_account} by code.
 */
@ApplicationScoped
public class TaxCodeImport implements RowImport<TaxCodeRequests.ImportRow> {

    @Inject
    RowRequests rowRequests;

    @Inject
    TaxCodeService codes;

    @Override
    public String entity() {
        return "tax_codes";
    }

    @Override
    public Class<TaxCodeRequests.ImportRow> requestType() {
        return TaxCodeRequests.ImportRow.class;
    }

    @Override
    public RowRequests rowRequests() {
        return rowRequests;
    }

    @Override
    public String key(TaxCodeRequests.ImportRow request) {
        return request.code();
    }

    @Override
    public ImportOutcome.Result write(TenantTx tx, TaxCodeRequests.ImportRow row, ImportMode mode, boolean dryRun) {
        return codes.importRow(tx, tx.actor(), define(row), mode, dryRun);
    }

    /** The row as the API's body, checked as a body is (its periods too); a 400 naming the columns at fault. */
    TaxCodeRequests.Define define(TaxCodeRequests.ImportRow row) {
        List<TaxCodeRequests.Period> periods;
        try {
            periods = TaxRates.parse(row.rates());
        } catch (IllegalArgumentException e) {
            throw new Failure.InvalidInput("rates", e.getMessage());
        }
        TaxCodeRequests.Define request = new TaxCodeRequests.Define(
                row.code(),
                row.name(),
                periods,
                row.inclusive(),
                row.recoverablePercent(),
                row.inputTaxAccount(),
                row.active());
        List<FieldError> errors = new ArrayList<>(rowRequests.violations(request));
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return request;
    }
}
