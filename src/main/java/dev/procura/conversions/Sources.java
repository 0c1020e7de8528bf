package dev.procura.conversions;

import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportRecord;
import dev.procura.platform.exports.FieldType;
import dev.procura.platform.exports.RecordSource;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.suppliers.SupplierFacts;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;

/**
 * The record sources conversions read, by type, and the fields conversions add to their records:
 * the supplier's code, name and terms where a record names a supplier, and the buyer (the tenant).
 */
@ApplicationScoped
public class Sources {

    static final List<ExportField> SUPPLIER_FIELDS = List.of(
            new ExportField("supplier_code", FieldType.TEXT),
            new ExportField("supplier_name", FieldType.TEXT),
            new ExportField("supplier_payment_terms", FieldType.TEXT));
    static final ExportField BUYER = new ExportField("buyer_name", FieldType.TEXT);

    @Inject
    Instance<RecordSource> all;

    @Inject
    SupplierFacts suppliers;

    @Inject
    TenantContext tenant;

    @Inject
    TenantTransactions tenantData;

    @Inject
    CustomFields customFields;

    private Map<String, RecordSource> byType;

    private synchronized Map<String, RecordSource> byType() {
        if (byType == null) {
            Map<String, RecordSource> found = new TreeMap<>();
            all.forEach(source -> found.put(source.type(), source));
            byType = found;
        }
        return byType;
    }

    /** The source of a type, else a 400 problem on {@code field}. */
    public RecordSource source(String type, String field) {
        RecordSource source = type == null ? null : byType().get(type);
        if (source == null) {
            throw new Failure.InvalidInput(field, "must be one of " + byType().keySet());
        }
        return source;
    }

    /** What a template of this source type may name: in a tenant's request, its custom fields too ({@code cf_<key>}). */
    SourceFields fields(RecordSource source) {
        List<ExportField> fields = new ArrayList<>(source.fields());
        if (namesSupplier(source)) {
            fields.addAll(SUPPLIER_FIELDS);
        }
        fields.add(BUYER);
        if (inTenantRequest()) {
            fields.addAll(tenantData.call(tx -> customFields.exportFields(tx, source.type())));
        }
        return new SourceFields(source.type(), List.copyOf(fields), source.lineFields());
    }

    /**
     * Every field a record of this source has as conversions and reports read it: its own, the ones
     * conversions add, and the tenant's custom fields ({@code cf_<key>}); for a job, outside any request.
     */
    public List<ExportField> recordFields(TenantTx tx, RecordSource source) {
        List<ExportField> fields = new ArrayList<>(source.fields());
        if (namesSupplier(source)) {
            fields.addAll(SUPPLIER_FIELDS);
        }
        fields.add(BUYER);
        fields.addAll(customFields.exportFields(tx, source.type()));
        return List.copyOf(fields);
    }

    /** Every source, by type. */
    public Map<String, RecordSource> all() {
        return byType();
    }

    /** The records with the fields conversions add, looking each supplier up once. */
    public List<ExportRecord> enriched(TenantTx tx, RecordSource source, List<ExportRecord> records, String buyer) {
        boolean withSupplier = namesSupplier(source);
        Map<String, Optional<SupplierFacts.Profile>> profiles = new HashMap<>();
        List<ExportRecord> enriched = new ArrayList<>(records.size());
        for (ExportRecord record : records) {
            Map<String, Object> values = new java.util.LinkedHashMap<>(record.values());
            if (withSupplier && values.get("supplier_id") instanceof String id) {
                Optional<SupplierFacts.Profile> profile =
                        profiles.computeIfAbsent(id, s -> suppliers.profile(tx, UUID.fromString(s)));
                values.put(
                        "supplier_code",
                        profile.map(SupplierFacts.Profile::code).orElse(null));
                values.put(
                        "supplier_name",
                        profile.map(SupplierFacts.Profile::legalName).orElse(null));
                values.put(
                        "supplier_payment_terms",
                        profile.map(SupplierFacts.Profile::paymentTerms).orElse(null));
            }
            values.put(BUYER.key(), buyer);
            enriched.add(new ExportRecord(record.key(), values, record.lines()));
        }
        return enriched;
    }

    /** A tenant's request (a conversion job re-checks only built-in templates, outside any request). */
    private boolean inTenantRequest() {
        try {
            return tenant != null && tenant.isSet();
        } catch (ContextNotActiveException e) {
            return false;
        }
    }

    private static boolean namesSupplier(RecordSource source) {
        return source.fields().stream().anyMatch(f -> f.key().equals("supplier_id"));
    }
}
