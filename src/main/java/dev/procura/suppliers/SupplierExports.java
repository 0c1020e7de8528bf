package dev.procura.suppliers;

import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportFilter;
import dev.procura.platform.exports.FieldType;
import dev.procura.platform.exports.Keyset;
import dev.procura.platform.exports.MasterExports;
import dev.procura.platform.exports.RecordFields;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.suppliers.SupplierViews.SupplierView;
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
 * Suppliers for conversions and reports, in code order, as the API shows them, with their first
 * address on one line and their first contact. Filters: {@code status} (active, inactive),
 * {@code category}.
 */
@ApplicationScoped
public class SupplierExports extends MasterExports<Supplier> {

    private static final List<ExportField> FIELDS = Stream.concat(
                    RecordFields.of(SupplierView.class, Set.of()).stream(),
                    Stream.of("address", "contact_name", "contact_email", "contact_phone")
                            .map(key -> new ExportField(key, FieldType.TEXT)))
            .toList();

    @Inject
    CustomFields customFields;

    public SupplierExports() {
        super(
                Supplier.class,
                "supplier",
                Permissions.SUPPLIERS_READ,
                FIELDS,
                Keyset.by("code", Supplier::code),
                Supplier::id,
                filtersByKey());
    }

    private static Map<String, ExportFilter> filtersByKey() {
        Map<String, ExportFilter> filters = new LinkedHashMap<>();
        filters.put("status", ExportFilter.oneOf("status", List.of("active", "inactive")));
        filters.put(
                "category",
                ExportFilter.like(
                        "categories", value -> "%|" + value.replace("%", "").replace("_", "") + "|%"));
        return filters;
    }

    @Override
    protected Function<Supplier, Map<String, Object>> values(TenantTx tx) {
        Function<String, Map<String, Object>> shown = customFields.viewer(tx, SupplierService.ENTITY);
        return supplier -> values(supplier, shown);
    }

    private Map<String, Object> values(Supplier supplier, Function<String, Map<String, Object>> shown) {
        SupplierView view = SupplierService.view(supplier, Map.of());
        Map<String, Object> values = RecordFields.values(view, FIELDS);
        values.putAll(customFields.conditionFields(shown.apply(supplier.customFieldsJson())));
        view.addresses().stream().findFirst().ifPresent(a -> values.put("address", oneLine(a)));
        view.contacts().stream().findFirst().ifPresent(c -> {
            values.put("contact_name", c.name());
            values.put("contact_email", c.email());
            values.put("contact_phone", c.phone());
        });
        return values;
    }

    private static String oneLine(SupplierRequests.Address a) {
        return Stream.of(a.line1(), a.line2(), a.postalCode(), a.city(), a.region(), a.country())
                .filter(part -> part != null && !part.isBlank())
                .collect(Collectors.joining(", "));
    }
}
