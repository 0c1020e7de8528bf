package dev.procura.orders;

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
 * Purchase orders (and their receipts) as the caller may reach them by plant: an order outside
 * the caller's purchasing:read plants is not found, a change to one outside their
 * purchasing:write plants is refused. The decisions themselves are {@link PlantAccess}'s.
 */
@ApplicationScoped
class OrderPlants {

    @Inject
    PlantAccess access;

    @Inject
    PlantService plants;

    /** The plants whose orders the caller may list. */
    PlantScope readable() {
        return access.scope(Permissions.PURCHASING_READ);
    }

    PurchaseOrder readable(EntityManager em, UUID id) {
        PurchaseOrder order = PurchaseOrderService.existing(em, id);
        access.requireVisible(Permissions.PURCHASING_READ, order.plantId(), () -> notFound(id));
        return order;
    }

    PurchaseOrder writable(EntityManager em, UUID id) {
        PurchaseOrder order = readable(em, id);
        access.requireWritable(Permissions.PURCHASING_WRITE, order.plantId());
        return order;
    }

    /** An order is put at {@code plantId} (null: at none): the plant is active and the caller writes there. */
    void requirePlacement(TenantTx tx, UUID plantId, UUID currentPlantId) {
        if (plantId != null && !Objects.equals(plantId, currentPlantId)) {
            plants.requireUsable(tx, plantId, "plant_id");
        }
        access.requireWritable(Permissions.PURCHASING_WRITE, plantId);
    }

    private static Failure notFound(UUID id) {
        return new Failure.NotFound("No purchase order " + id + " in this tenant");
    }
}
