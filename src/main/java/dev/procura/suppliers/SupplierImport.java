package dev.procura.suppliers;

import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.imports.RowImport;
import dev.procura.platform.imports.RowRequests;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.suppliers.SupplierViews.SupplierView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Suppliers in bulk imports, keyed by code, one row at a time through {@link SupplierService}.
 * Contacts and addresses are not columns (they stay as stored); in upsert mode a column left
 * empty keeps the stored value, so a file with a few columns updates only those.
 */
@ApplicationScoped
public class SupplierImport implements RowImport<SupplierRequests.Details> {

    @Inject
    RowRequests rowRequests;

    @Inject
    SupplierService service;

    @Inject
    SupplierRepository suppliers;

    @Inject
    CustomFields customFields;

    @Override
    public String entity() {
        return "suppliers";
    }

    @Override
    public Class<SupplierRequests.Details> requestType() {
        return SupplierRequests.Details.class;
    }

    @Override
    public RowRequests rowRequests() {
        return rowRequests;
    }

    @Override
    public List<String> columns() {
        return RowRequests.columns(SupplierRequests.Details.class).stream()
                .filter(column -> !column.equals("contacts") && !column.equals("addresses"))
                .toList();
    }

    @Override
    public String key(SupplierRequests.Details request) {
        return request.code();
    }

    @Override
    public ImportOutcome.Result write(TenantTx tx, SupplierRequests.Details row, ImportMode mode, boolean dryRun) {
        Supplier stored = suppliers.byCode(tx.em(), row.code());
        if (stored == null) {
            service.create(RowImport.caller(tx), row);
            return ImportOutcome.Result.CREATED;
        }
        if (mode == ImportMode.CREATE) {
            throw new Failure.Conflict(ProblemType.SUPPLIER_CODE_TAKEN, "A supplier has the code " + stored.code());
        }
        SupplierView current = SupplierService.view(stored, Map.of());
        String values = customFields.accept(tx, SupplierService.ENTITY, row.customFields(), stored.customFieldsJson());
        if (merged(row, current, null).equals(details(current))
                && json(values).equals(json(stored.customFieldsJson()))) {
            return ImportOutcome.Result.UNCHANGED;
        }
        service.update(RowImport.caller(tx), stored.id(), merged(row, current, row.customFields()));
        return ImportOutcome.Result.UPDATED;
    }

    private static SupplierRequests.Details merged(
            SupplierRequests.Details row, SupplierView stored, Map<String, Object> values) {
        return new SupplierRequests.Details(
                row.code(),
                or(row.legalName(), stored.legalName()),
                or(row.taxId(), stored.taxId()),
                or(row.country(), stored.country()),
                or(row.currency(), stored.currency()),
                or(row.paymentTerms(), stored.paymentTerms()),
                or(row.categories(), stored.categories()),
                stored.contacts(),
                stored.addresses(),
                or(row.notes(), stored.notes()),
                or(row.status(), stored.status()),
                values);
    }

    private static SupplierRequests.Details details(SupplierView stored) {
        return new SupplierRequests.Details(
                stored.code(),
                stored.legalName(),
                stored.taxId(),
                stored.country(),
                stored.currency(),
                stored.paymentTerms(),
                stored.categories(),
                stored.contacts(),
                stored.addresses(),
                stored.notes(),
                stored.status(),
                null);
    }

    private static <T> T or(T given, T stored) {
        return given != null ? given : stored;
    }

    private static JsonValue json(String stored) {
        if (stored == null || stored.isBlank()) {
            return JsonValue.EMPTY_JSON_OBJECT;
        }
        try (var reader = Json.createReader(new StringReader(stored))) {
            return Objects.requireNonNullElse(reader.readValue(), JsonValue.EMPTY_JSON_OBJECT);
        }
    }
}
