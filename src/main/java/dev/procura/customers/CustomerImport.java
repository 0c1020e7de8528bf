package dev.procura.customers;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.imports.RowImport;
import dev.procura.platform.imports.RowRequests;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;

/**
 * Bulk import of customers from flat rows ({@link CustomerRow}): each row becomes the API's body and
 * passes the same checks; keyed by code. Upserting a row equal to the customer writes nothing.
 */
@ApplicationScoped
public class CustomerImport implements RowImport<CustomerRow> {

    @Inject
    RowRequests rowRequests;

    @Inject
    CustomerService customers;

    @Override
    public String entity() {
        return "customers";
    }

    @Override
    public Class<CustomerRow> requestType() {
        return CustomerRow.class;
    }

    @Override
    public RowRequests rowRequests() {
        return rowRequests;
    }

    @Override
    public String key(CustomerRow row) {
        return row.code();
    }

    @Override
    public ImportOutcome.Result write(TenantTx tx, CustomerRow row, ImportMode mode, boolean dryRun) {
        CustomerRequests.Define request = row.request();
        List<FieldError> errors = rowRequests.violations(request);
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return customers.importRow(tx, tx.actor(), request, mode, dryRun);
    }
}
