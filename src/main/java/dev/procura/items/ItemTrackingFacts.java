package dev.procura.items;

import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** What traceability may know of an item: whether it is active, its base unit and how it is tracked. */
@ApplicationScoped
public class ItemTrackingFacts {

    public record Tracking(
            String itemCode, String baseUnit, boolean active, boolean lotTracked, boolean serialTracked) {}

    /** The items among {@code itemCodes} that are in the item master, keyed by code; unknown codes are left out. */
    public Map<String, Tracking> of(TenantTx tx, Collection<String> itemCodes) {
        if (itemCodes.isEmpty()) {
            return Map.of();
        }
        return tx.em()
                .createQuery("SELECT i FROM Item i WHERE i.code IN :codes", Item.class)
                .setParameter("codes", itemCodes)
                .getResultStream()
                .map(i -> new Tracking(i.code(), i.baseUnit(), i.isActive(), i.isLotTracked(), i.isSerialTracked()))
                .collect(Collectors.toMap(Tracking::itemCode, Function.identity()));
    }
}
