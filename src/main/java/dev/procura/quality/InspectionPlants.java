package dev.procura.quality;

import dev.procura.plants.PlantService;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantAccess;
import dev.procura.platform.tenancy.PlantScope;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * Inspections as the caller may reach them by plant: one outside the caller's quality:read
 * plants is not found, a change to one outside their quality:write plants is refused.
 */
@ApplicationScoped
class InspectionPlants {

    @Inject
    PlantAccess access;

    @Inject
    PlantService plants;

    PlantScope readable() {
        return access.scope(Permissions.QUALITY_READ);
    }

    Inspection readable(EntityManager em, UUID id) {
        Inspection inspection = em.find(Inspection.class, id);
        if (inspection == null) {
            throw notFound(id);
        }
        access.requireVisible(Permissions.QUALITY_READ, inspection.plantId(), () -> notFound(id));
        return inspection;
    }

    Inspection writable(EntityManager em, UUID id) {
        Inspection inspection = readable(em, id);
        access.requireWritable(Permissions.QUALITY_WRITE, inspection.plantId());
        return inspection;
    }

    /** An inspection is put at {@code plantId} (null: none): the plant is active and the caller writes there. */
    void requirePlacement(TenantTx tx, UUID plantId) {
        if (plantId != null) {
            plants.requireUsable(tx, plantId, "plant_id");
        }
        access.requireWritable(Permissions.QUALITY_WRITE, plantId);
    }

    private static Failure notFound(UUID id) {
        return new Failure.NotFound("No inspection " + id + " in this tenant");
    }
}
