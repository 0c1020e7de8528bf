package dev.procura.production;

import dev.procura.plants.PlantService;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantAccess;
import dev.procura.platform.tenancy.PlantScope;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.Objects;
import java.util.UUID;

/**
 * Work orders as the caller may reach them by plant: one outside the caller's production:read
 * plants is not found, a change to one outside their production:write plants is refused.
 */
@ApplicationScoped
class WorkOrderPlants {

    @Inject
    PlantAccess access;

    @Inject
    PlantService plants;

    PlantScope readable() {
        return access.scope(Permissions.PRODUCTION_READ);
    }

    WorkOrder readable(EntityManager em, UUID id) {
        WorkOrder order = em.find(WorkOrder.class, id);
        if (order == null) {
            throw notFound(id);
        }
        access.requireVisible(Permissions.PRODUCTION_READ, order.plantId(), () -> notFound(id));
        return order;
    }

    WorkOrder writable(EntityManager em, UUID id) {
        WorkOrder order = readable(em, id);
        access.requireWritable(Permissions.PRODUCTION_WRITE, order.plantId());
        return order;
    }

    /** An order is put at {@code plantId} (null: at none): the plant is active and the caller writes there. */
    void requirePlacement(TenantTx tx, UUID plantId, UUID currentPlantId) {
        if (plantId != null && !Objects.equals(plantId, currentPlantId)) {
            plants.requireUsable(tx, plantId, "plant_id");
        }
        access.requireWritable(Permissions.PRODUCTION_WRITE, plantId);
    }

    private static Failure notFound(UUID id) {
        return new Failure.NotFound("No work order " + id + " in this tenant");
    }
}
