package dev.procura.ncrs;

import dev.procura.plants.PlantReferences;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** NCRs belong to plants, so a plant with NCRs is deactivated rather than deleted. */
@ApplicationScoped
public class NcrPlantReferences implements PlantReferences {

    @Override
    public String records() {
        return "ncrs";
    }

    @Override
    public long countAt(TenantTx tx, UUID plantId) {
        return tx.em()
                .createQuery("SELECT COUNT(n) FROM Ncr n WHERE n.plantId = :plant", Long.class)
                .setParameter("plant", plantId)
                .getSingleResult();
    }
}
