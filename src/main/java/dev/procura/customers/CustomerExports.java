package dev.procura.customers;

import dev.procura.customers.CustomerViews.CustomerView;
import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportRecord;
import dev.procura.platform.exports.FieldType;
import dev.procura.platform.exports.RecordFields;
import dev.procura.platform.exports.RecordSource;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
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
 * Customers for conversions and reports, in code order, as the API shows them, with their first
 * billing and shipping address on one line each, their first contact and the credit limit.
 * Filters: {@code status} (active, on_hold, inactive), {@code currency}.
 */
@ApplicationScoped
public class CustomerExports implements RecordSource {

    private static final Set<String> STATUSES = Set.of("active", "on_hold", "inactive");

    private static final List<ExportField> FIELDS = Stream.concat(
                    RecordFields.of(CustomerView.class, Set.of()).stream(),
                    Stream.concat(
                            Stream.of(
                                            "billing_address",
                                            "shipping_address",
                                            "contact_name",
                                            "contact_email",
                                            "contact_phone",
                                            "credit_limit_currency")
                                    .map(key -> new ExportField(key, FieldType.TEXT)),
                            Stream.of(new ExportField("credit_limit_amount", FieldType.MONEY))))
            .toList();

    @Inject
    CustomFields customFields;

    @Inject
    CustomerService customers;

    @Override
    public String type() {
        return CustomerService.ENTITY;
    }

    @Override
    public String readPermission() {
        return Permissions.MASTERS_READ;
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
        return Set.of("status", "currency");
    }

    @Override
    public long count(TenantTx tx, Map<String, String> filter) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Long> query =
                tx.em().createQuery("SELECT COUNT(c) FROM Customer c" + where(filter, null, parameters), Long.class);
        parameters.forEach(query::setParameter);
        return query.getSingleResult();
    }

    @Override
    public List<ExportRecord> after(TenantTx tx, Map<String, String> filter, String afterKey, int limit) {
        Map<String, Object> parameters = new LinkedHashMap<>();
        TypedQuery<Customer> query = tx.em()
                .createQuery(
                        "SELECT c FROM Customer c" + where(filter, afterKey, parameters) + " ORDER BY c.code",
                        Customer.class)
                .setMaxResults(limit);
        parameters.forEach(query::setParameter);
        Function<String, Map<String, Object>> shown = customFields.viewer(tx, CustomerService.ENTITY);
        return query.getResultList().stream().map(c -> record(tx, c, shown)).toList();
    }

    @Override
    public List<ExportRecord> byIds(TenantTx tx, List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<UUID, Customer> found = tx
                .em()
                .createQuery("SELECT c FROM Customer c WHERE c.id IN :ids", Customer.class)
                .setParameter("ids", ids)
                .getResultList()
                .stream()
                .collect(Collectors.toMap(Customer::id, c -> c));
        Function<String, Map<String, Object>> shown = customFields.viewer(tx, CustomerService.ENTITY);
        List<ExportRecord> records = new ArrayList<>();
        for (UUID id : ids) {
            if (found.containsKey(id)) {
                records.add(record(tx, found.get(id), shown));
            }
        }
        return records;
    }

    private static String where(Map<String, String> filter, String afterKey, Map<String, Object> parameters) {
        List<String> clauses = new ArrayList<>();
        filter.forEach((key, value) -> {
            switch (key) {
                case "status" -> {
                    if (!STATUSES.contains(value)) {
                        throw new Failure.InvalidInput("source.filter.status", "must be active, on_hold or inactive");
                    }
                    clauses.add("c.status = :status");
                    parameters.put("status", value);
                }
                case "currency" -> {
                    clauses.add("c.currency = :currency");
                    parameters.put("currency", value);
                }
                default ->
                    throw new Failure.InvalidInput(
                            "source.filter." + key, "is not a filter of customer; use [status, currency]");
            }
        });
        if (afterKey != null) {
            clauses.add("c.code > :after");
            parameters.put("after", afterKey);
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private ExportRecord record(TenantTx tx, Customer customer, Function<String, Map<String, Object>> shown) {
        CustomerView view = customers.view(tx, customer, json -> Map.of());
        Map<String, Object> values = RecordFields.values(view, FIELDS);
        values.putAll(customFields.conditionFields(shown.apply(customer.customFieldsJson())));
        for (String type : List.of("billing", "shipping")) {
            view.addresses().stream()
                    .filter(a -> a.type().equals(type))
                    .findFirst()
                    .ifPresent(a -> values.put(type + "_address", oneLine(a)));
        }
        view.contacts().stream().findFirst().ifPresent(c -> {
            values.put("contact_name", c.name());
            values.put("contact_email", c.email());
            values.put("contact_phone", c.phone());
        });
        if (view.creditLimit() != null) {
            values.put("credit_limit_amount", view.creditLimit().amount());
            values.put("credit_limit_currency", view.creditLimit().currency());
        }
        return new ExportRecord(customer.code(), values, List.of());
    }

    private static String oneLine(CustomerRequests.Address a) {
        return Stream.of(a.line1(), a.line2(), a.postalCode(), a.city(), a.country())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }
}
