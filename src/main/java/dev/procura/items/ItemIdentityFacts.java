package dev.procura.items;

import dev.procura.platform.masters.ItemIdentities;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Items as labels and scans identify them: code, GTIN and tracking. */
@ApplicationScoped
public class ItemIdentityFacts implements ItemIdentities {

    @Override
    public Optional<Identity> byCode(TenantTx tx, String itemCode) {
        return tx.em()
                .createQuery("SELECT i FROM Item i WHERE i.code = :code", Item.class)
                .setParameter("code", itemCode)
                .getResultStream()
                .findFirst()
                .map(ItemIdentityFacts::identity);
    }

    @Override
    public List<Identity> byGtin(TenantTx tx, String gtin14) {
        return tx.em()
                .createQuery("SELECT i FROM Item i WHERE i.gtin = :gtin ORDER BY i.code", Item.class)
                .setParameter("gtin", gtin14)
                .getResultStream()
                .map(ItemIdentityFacts::identity)
                .toList();
    }

    private static Identity identity(Item item) {
        return new Identity(
                item.code(),
                item.description(),
                item.gtin(),
                item.baseUnit(),
                item.isLotTracked(),
                item.isSerialTracked(),
                item.isActive());
    }
}
