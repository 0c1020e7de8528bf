package dev.procura.suppliers;

import dev.procura.platform.customfields.CustomFieldText;
import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.search.RecordIds;
import dev.procura.platform.search.SearchEntry;
import dev.procura.platform.search.SearchSource;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.suppliers.SupplierViews.SupplierView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Suppliers for the tenant's search: code and legal name, categories and tax id, notes, contacts and custom field values. */
@ApplicationScoped
public class SupplierSearch implements SearchSource {

    @Inject
    CustomFields customFields;

    @Override
    public String type() {
        return "supplier";
    }

    @Override
    public String readPermission() {
        return Permissions.SUPPLIERS_READ;
    }

    @Override
    public Optional<SearchEntry> entry(TenantTx tx, UUID id) {
        return Optional.ofNullable(tx.em().find(Supplier.class, id))
                .map(s -> entry(customFields.viewer(tx, SupplierService.ENTITY), s));
    }

    @Override
    public List<SearchEntry> after(TenantTx tx, UUID afterId, int limit) {
        List<UUID> ids = RecordIds.after(tx.em(), "SELECT CAST(id AS VARCHAR) FROM suppliers", afterId, limit);
        if (ids.isEmpty()) {
            return List.of();
        }
        List<Supplier> found = tx.em()
                .createQuery("SELECT s FROM Supplier s WHERE s.id IN :ids", Supplier.class)
                .setParameter("ids", ids)
                .getResultList();
        Function<String, Map<String, Object>> shown = customFields.viewer(tx, SupplierService.ENTITY);
        return RecordIds.inOrder(ids, found, Supplier::id).stream()
                .map(s -> entry(shown, s))
                .toList();
    }

    private SearchEntry entry(Function<String, Map<String, Object>> shown, Supplier supplier) {
        Map<String, Object> custom = shown.apply(supplier.customFieldsJson());
        SupplierView view = SupplierService.view(supplier, custom);
        List<String> people = new ArrayList<>();
        view.contacts().forEach(contact -> {
            people.add(contact.name());
            people.add(contact.email());
        });
        view.addresses().forEach(address -> people.add(address.city()));
        return SearchEntry.of(
                        type(),
                        supplier.id(),
                        supplier.code(),
                        supplier.legalName(),
                        supplier.updatedAt() == null ? supplier.createdAt() : supplier.updatedAt())
                .names(supplier.code(), supplier.legalName())
                .parties(view.categories())
                .parties(supplier.taxId())
                .details(supplier.notes())
                .details(people)
                .details(CustomFieldText.words(custom))
                .build();
    }
}
