package dev.procura.items;

import dev.procura.plants.PlantReferences;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Items with data at a plant, so that the plant is not deleted under them. */
@ApplicationScoped
public class ItemPlantReferences implements PlantReferences {

    @Inject
    ItemRepository items;

    @Override
    public String records() {
        return "items";
    }

    @Override
    public long countAt(TenantTx tx, UUID plantId) {
        return items.atPlant(tx.em(), plantId);
    }
}
