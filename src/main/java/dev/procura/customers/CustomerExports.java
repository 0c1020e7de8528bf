package dev.procura.customers;

import dev.procura.customers.CustomerViews.CustomerView;
import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportFilter;
import dev.procura.platform.exports.FieldType;
import dev.procura.platform.exports.Keyset;
import dev.procura.platform.exports.MasterExports;
import dev.procura.platform.exports.RecordFields;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Customers for conversions and reports, in code order, as the API shows them, with their first
 * billing and shipping address on one line each, their first contact and the credit limit.
 * Filters: {@code status} (active, on_hold, inactive), {@code currency}.
 */
@ApplicationScoped
public class CustomerExports extends MasterExports<Customer> {

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

    public CustomerExports() {
        super(
                Customer.class,
                CustomerService.ENTITY,
                Permissions.MASTERS_READ,
                FIELDS,
                Keyset.by("code", Customer::code),
                Customer::id,
                filtersByKey());
    }

    private static Map<String, ExportFilter> filtersByKey() {
        Map<String, ExportFilter> filters = new LinkedHashMap<>();
        filters.put("status", ExportFilter.oneOf("status", List.of("active", "on_hold", "inactive")));
        filters.put("currency", ExportFilter.text("currency"));
        return filters;
    }

    @Override
    protected Function<Customer, Map<String, Object>> values(TenantTx tx) {
        Function<String, Map<String, Object>> shown = customFields.viewer(tx, CustomerService.ENTITY);
        return customer -> values(tx, customer, shown);
    }

    private Map<String, Object> values(TenantTx tx, Customer customer, Function<String, Map<String, Object>> shown) {
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
        return values;
    }

    private static String oneLine(CustomerRequests.Address a) {
        return Stream.of(a.line1(), a.line2(), a.postalCode(), a.city(), a.country())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }
}
