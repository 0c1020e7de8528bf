package dev.procura.orders;

import dev.procura.plants.PlantReferences;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Purchase orders at a plant (their receipts are at the order's plant), so that it is not deleted. */
@ApplicationScoped
public class OrderPlantReferences implements PlantReferences {

    @Override
    public String records() {
        return "purchase_orders";
    }

    @Override
    public long countAt(TenantTx tx, UUID plantId) {
        return tx.em()
                .createQuery("SELECT COUNT(o) FROM PurchaseOrder o WHERE o.plantId = :plant", Long.class)
                .setParameter("plant", plantId)
                .getSingleResult();
    }
}
