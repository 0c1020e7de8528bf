package dev.procura.platform.tenancy;

import java.util.Set;
import java.util.UUID;

/**
 * Where a caller may use one permission: everywhere (held tenant-wide), or at some plants only
 * (held through plant-scoped roles). A record without a plant is inside the scope only when the
 * permission is held tenant-wide.
 */
public record PlantScope(boolean everywhere, Set<UUID> plants) {

    public PlantScope {
        plants = everywhere ? Set.of() : Set.copyOf(plants);
    }

    public static PlantScope of(TenantAccess.Access access, String permission) {
        if (access.permissions().contains(permission)) {
            return new PlantScope(true, Set.of());
        }
        return new PlantScope(false, access.plantGrants().plantsFor(permission));
    }

    /** Whether a record at {@code plantId} (null: at no plant) is inside the scope. */
    public boolean includes(UUID plantId) {
        return everywhere || (plantId != null && plants.contains(plantId));
    }

    /** Whether no record at all is inside the scope. */
    public boolean isEmpty() {
        return !everywhere && plants.isEmpty();
    }
}
