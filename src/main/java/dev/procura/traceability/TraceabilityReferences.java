package dev.procura.traceability;

import dev.procura.plants.PlantReferences;
import dev.procura.platform.masters.MasterReferences;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.UUID;

/** Lots name items and units and lie at plants: none of those is deleted under them. */
@ApplicationScoped
public class TraceabilityReferences implements MasterReferences, PlantReferences {

    @Override
    public String records() {
        return "lots";
    }

    @Override
    public long namingItem(TenantTx tx, String itemCode) {
        return tx.em()
                .createQuery("SELECT COUNT(l) FROM Lot l WHERE l.itemCode = :code", Long.class)
                .setParameter("code", itemCode)
                .getSingleResult();
    }

    @Override
    public long inUnit(TenantTx tx, String unitCode) {
        return tx.em()
                .createQuery("SELECT COUNT(l) FROM Lot l WHERE l.unit = :code", Long.class)
                .setParameter("code", unitCode)
                .getSingleResult();
    }

    @Override
    public long countAt(TenantTx tx, UUID plantId) {
        return tx.em()
                .createQuery("SELECT COUNT(l) FROM Lot l WHERE l.plantId = :plant", Long.class)
                .setParameter("plant", plantId)
                .getSingleResult();
    }
}
