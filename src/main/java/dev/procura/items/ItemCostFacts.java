package dev.procura.items;

import dev.procura.platform.masters.ItemCosts;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Items' types and standard costs, for costing. */
@ApplicationScoped
public class ItemCostFacts implements ItemCosts {

    @Override
    public Map<String, ItemCost> of(TenantTx tx, Collection<String> itemCodes) {
        if (itemCodes.isEmpty()) {
            return Map.of();
        }
        return tx.em()
                .createQuery("SELECT i FROM Item i WHERE i.code IN :codes", Item.class)
                .setParameter("codes", itemCodes)
                .getResultStream()
                .map(i -> new ItemCost(
                        i.code(), i.type(), i.baseUnit(), i.standardCostAmount(), i.standardCostCurrency()))
                .collect(Collectors.toMap(ItemCost::itemCode, Function.identity()));
    }
}
