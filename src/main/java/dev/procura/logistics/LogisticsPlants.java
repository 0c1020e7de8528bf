package dev.procura.logistics;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantAccess;
import dev.procura.platform.tenancy.PlantScope;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/**
 * Shipments as the caller may reach them by plant: one outside the caller's logistics:read plants
 * is not found, a change to one outside their logistics:write plants is refused (403). The
 * decisions themselves are {@link PlantAccess}'s.
 */
@ApplicationScoped
class LogisticsPlants {

    @Inject
    PlantAccess access;

    PlantScope readable() {
        return access.scope(Permissions.LOGISTICS_READ);
    }

    Shipment readable(EntityManager em, UUID id) {
        return visible(em.find(Shipment.class, id), id);
    }

    /** The shipment, locked for the change the caller makes. */
    Shipment writable(EntityManager em, UUID id) {
        Shipment shipment = visible(em.find(Shipment.class, id, LockModeType.PESSIMISTIC_WRITE), id);
        access.requireWritable(Permissions.LOGISTICS_WRITE, shipment.plantId());
        return shipment;
    }

    /** A shipment found by a scan: not found when the caller does not read its plant. */
    boolean isVisible(Shipment shipment) {
        return readable().includes(shipment.plantId());
    }

    void requireWritable(UUID plantId) {
        access.requireWritable(Permissions.LOGISTICS_WRITE, plantId);
    }

    private Shipment visible(Shipment shipment, UUID id) {
        if (shipment == null) {
            throw notFound(id);
        }
        access.requireVisible(Permissions.LOGISTICS_READ, shipment.plantId(), () -> notFound(id));
        return shipment;
    }

    static Failure notFound(UUID id) {
        return new Failure.NotFound("No shipment " + id + " in this tenant");
    }
}
