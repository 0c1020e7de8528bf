package dev.procura.items;

import dev.procura.platform.masters.ItemSuppliers;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/** Items' default suppliers, for documents drafted from a need of items (a project BOM's buy lines). */
@ApplicationScoped
public class ItemSupplierFacts implements ItemSuppliers {

    @Override
    public Map<String, UUID> defaultSuppliers(TenantTx tx, Collection<String> itemCodes) {
        if (itemCodes.isEmpty()) {
            return Map.of();
        }
        return tx.em()
                .createQuery(
                        "SELECT i FROM Item i WHERE i.code IN :codes AND i.defaultSupplierId IS NOT NULL", Item.class)
                .setParameter("codes", itemCodes)
                .getResultStream()
                .collect(Collectors.toMap(Item::code, Item::defaultSupplierId));
    }
}
