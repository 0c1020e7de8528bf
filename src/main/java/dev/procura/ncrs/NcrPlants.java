package dev.procura.ncrs;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantAccess;
import dev.procura.platform.tenancy.PlantScope;
import dev.procura.platform.tenancy.TenantContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.UUID;

/**
 * NCRs as the caller may reach them by plant: one outside the caller's quality:read plants is not
 * found, a change to one outside their quality:write plants is refused (403). The decisions
 * themselves are {@link PlantAccess}'s.
 */
@ApplicationScoped
class NcrPlants {

    @Inject
    PlantAccess access;

    @Inject
    TenantContext context;

    PlantScope readable() {
        return access.scope(Permissions.QUALITY_READ);
    }

    Ncr readable(EntityManager em, UUID id) {
        Ncr ncr = em.find(Ncr.class, id);
        if (ncr == null) {
            throw notFound(id);
        }
        access.requireVisible(Permissions.QUALITY_READ, ncr.plantId(), () -> notFound(id));
        return ncr;
    }

    Ncr writable(EntityManager em, UUID id) {
        Ncr ncr = readable(em, id);
        access.requireWritable(Permissions.QUALITY_WRITE, ncr.plantId());
        return ncr;
    }

    /** An NCR is put at {@code plantId} (null: at none): the caller writes there. */
    void requirePlacement(UUID plantId) {
        access.requireWritable(Permissions.QUALITY_WRITE, plantId);
    }

    /**
     * Whether the caller of this request may see an NCR at the plant; true when no member's
     * request is under way (an approval decided by a job).
     */
    boolean isVisibleToCaller(UUID plantId) {
        try {
            if (!context.isSet()) {
                return true;
            }
        } catch (ContextNotActiveException e) {
            return true;
        }
        return readable().includes(plantId);
    }

    static Failure notFound(UUID id) {
        return new Failure.NotFound("No NCR " + id + " in this tenant");
    }
}
