package dev.procura.paymentterms;

import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.imports.RowImport;
import dev.procura.platform.imports.RowRequests;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

/** Bulk import of payment terms, keyed by code; the columns are the API body's fields. */
@ApplicationScoped
public class PaymentTermImport implements RowImport<PaymentTermRequests.Define> {

    @Inject
    RowRequests rowRequests;

    @Inject
    PaymentTermService terms;

    @Override
    public String entity() {
        return "payment_terms";
    }

    @Override
    public Class<PaymentTermRequests.Define> requestType() {
        return PaymentTermRequests.Define.class;
    }

    @Override
    public RowRequests rowRequests() {
        return rowRequests;
    }

    @Override
    public String key(PaymentTermRequests.Define request) {
        return request.code();
    }

    @Override
    public ImportOutcome.Result write(
            TenantTx tx, PaymentTermRequests.Define request, ImportMode mode, boolean dryRun) {
        return terms.importRow(tx, tx.actor(), request, mode, dryRun);
    }
}
