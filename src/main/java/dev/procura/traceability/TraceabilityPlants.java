package dev.procura.traceability;

import dev.procura.plants.PlantService;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantAccess;
import dev.procura.platform.tenancy.PlantScope;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.UUID;

/**
 * Lots and serial numbers as the caller may reach them by plant: one outside the caller's
 * traceability:read plants is not found, a change to one outside their traceability:write plants
 * is refused. The decisions themselves are {@link PlantAccess}'s.
 */
@ApplicationScoped
class TraceabilityPlants {

    @Inject
    PlantAccess access;

    @Inject
    PlantService plants;

    PlantScope readable() {
        return access.scope(Permissions.TRACEABILITY_READ);
    }

    void requireVisible(UUID plantId, String what, UUID id) {
        access.requireVisible(
                Permissions.TRACEABILITY_READ, plantId, () -> new Failure.NotFound("No " + what + " " + id));
    }

    /** Recalls cross plants: they need traceability:read tenant-wide. */
    void requireTenantWideRead() {
        access.requireWritable(Permissions.TRACEABILITY_READ, null);
    }

    void requireWritable(UUID plantId) {
        access.requireWritable(Permissions.TRACEABILITY_WRITE, plantId);
    }

    Lot readableLot(EntityManager em, UUID id) {
        return visible(em.find(Lot.class, id), id);
    }

    /** The lot, locked for the change the caller makes. */
    Lot writableLot(EntityManager em, UUID id) {
        Lot lot = visible(em.find(Lot.class, id, LockModeType.PESSIMISTIC_WRITE), id);
        requireWritable(lot.plantId());
        return lot;
    }

    private Lot visible(Lot lot, UUID id) {
        if (lot == null) {
            throw new Failure.NotFound("No lot " + id + " in this tenant");
        }
        requireVisible(lot.plantId(), "lot", id);
        return lot;
    }

    SerialNumber readableSerial(EntityManager em, UUID id) {
        return visible(em.find(SerialNumber.class, id), id);
    }

    /** The serial number, locked for the change the caller makes. */
    SerialNumber writableSerial(EntityManager em, UUID id) {
        SerialNumber serial = visible(em.find(SerialNumber.class, id, LockModeType.PESSIMISTIC_WRITE), id);
        requireWritable(serial.plantId());
        return serial;
    }

    private SerialNumber visible(SerialNumber serial, UUID id) {
        if (serial == null) {
            throw new Failure.NotFound("No serial number " + id + " in this tenant");
        }
        requireVisible(serial.plantId(), "serial number", id);
        return serial;
    }

    /** A unit is put at {@code plantId} (null: at none): the plant is active and the caller writes there. */
    void requirePlacement(TenantTx tx, UUID plantId) {
        if (plantId != null) {
            plants.requireUsable(tx, plantId, "plant_id");
        }
        requireWritable(plantId);
    }
}
