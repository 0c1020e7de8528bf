package dev.procura.quality;

import dev.procura.plants.PlantReferences;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.UUID;

/** Inspections at a plant, so that the plant is not deleted under them. */
@ApplicationScoped
public class QualityPlantReferences implements PlantReferences {

    @Inject
    InspectionRepository inspections;

    @Override
    public String records() {
        return "inspections";
    }

    @Override
    public long countAt(TenantTx tx, UUID plantId) {
        return inspections.atPlant(tx.em(), plantId);
    }
}
