package dev.procura.suppliers;

import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportRecord;
import dev.procura.platform.exports.FieldType;
import dev.procura.platform.exports.RecordFields;
import dev.procura.platform.exports.RecordSource;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.suppliers.SupplierViews.SupplierView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.TypedQuery;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Suppliers for conversions and reports, in code order, as the API shows them, with their first
 * address on one line and their first contact. Filters: {@code status} (active, inactive),
 * {@code category}.
 */
@ApplicationScoped
public class SupplierExports implements RecordSource {

    @Inject
    CustomFields customFields;

    private static final List<ExportField> FIELDS = Stream.concat(
                    RecordFields.of(SupplierView.class, Set.of()).stream(),
                    Stream.of("address", "contact_name", "contact_email", "contact_phone")
                            .map(key -> new ExportField(key, FieldType.TEXT)))
            .toList();

    @Override
    public String type() {
        return "supplier";
    }

    @Override
    public String readPermission() {
        return Permissions.SUPPLIERS_READ;
    }

    @Override
    public List<ExportField> fields() {
        return FIELDS;
    }

    @Override
    public List<ExportField> lineFields() {
        return List.of();
    }

    @Override
    public Set<String> filters() {
        return Set.of("status", "category");
    }

    @Override
    public long count(TenantTx tx, Map<String, String> filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query =
                tx.em().createQuery("SELECT COUNT(s) FROM Supplier s" + where(filter, null, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public List<ExportRecord> after(TenantTx tx, Map<String, String> filter, String afterKey, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Supplier> query = tx.em()
                .createQuery(
                        "SELECT s FROM Supplier s" + where(filter, afterKey, parameters) + " ORDER BY s.code",
                        Supplier.class)
                .setMaxResults(limit);
        parameters.forEach(query::setParameter);
        Function<String, Map<String, Object>> shown = customFields.viewer(tx, SupplierService.ENTITY);
        return query.getResultList().stream().map(s -> record(s, shown)).toList();
    }

    @Override
    public List<ExportRecord> byIds(TenantTx tx, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Supplier> found = tx
                .em()
                .createQuery("SELECT s FROM Supplier s WHERE s.id IN :ids", Supplier.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Supplier::id, s -> s));
        Function<String, Map<String, Object>> shown = customFields.viewer(tx, SupplierService.ENTITY);
        List<ExportRecord> records = new ArrayList<>();
        for (UUID id : ids) {
            if (found.containsKey(id)) {
                records.add(record(found.get(id), shown));
            }
        }
        return records;
    }

    private static String where(Map<String, String> filter, String afterKey, Map<String, Object> parameters) {
        List<String> clauses = new ArrayList<>();
        filter.forEach((key, value) -> {
            switch (key) {
                case "status" -> {
                    if (!Set.of("active", "inactive").contains(value)) {
                        throw new Failure.InvalidInput("source.filter.status", "must be active or inactive");
                    }
                    clauses.add("s.status = :status");
                    parameters.put("status", value);
                }
                case "category" -> {
                    clauses.add("s.categories LIKE :category");
                    parameters.put("category", "%|" + value.replace("%", "").replace("_", "") + "|%");
                }
                default ->
                    throw new Failure.InvalidInput(
                            "source.filter." + key, "is not a filter of supplier; use [status, category]");
            }
        });
        if (afterKey != null) {
            clauses.add("s.code > :after");
            parameters.put("after", afterKey);
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private ExportRecord record(Supplier supplier, Function<String, Map<String, Object>> shown) {
        SupplierView view = SupplierService.view(supplier, Map.of());
        Map<String, Object> values = RecordFields.values(view, FIELDS);
        values.putAll(customFields.conditionFields(shown.apply(supplier.customFieldsJson())));
        view.addresses().stream().findFirst().ifPresent(a -> values.put("address", oneLine(a)));
        view.contacts().stream().findFirst().ifPresent(c -> {
            values.put("contact_name", c.name());
            values.put("contact_email", c.email());
            values.put("contact_phone", c.phone());
        });
        return new ExportRecord(supplier.code(), values, List.of());
    }

    private static String oneLine(SupplierRequests.Address a) {
        return Stream.of(a.line1(), a.line2(), a.postalCode(), a.city(), a.region(), a.country())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }
}
