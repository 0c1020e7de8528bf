package dev.procura.platform.tenancy;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The permissions a member holds only at some plants, through plant-scoped role assignments,
 * with those plants. A permission the member also holds tenant-wide is not listed: tenant-wide
 * wins everywhere.
 */
public record PlantGrants(Map<String, Set<UUID>> plantsByPermission) {

    public static final PlantGrants NONE = new PlantGrants(Map.of());

    public PlantGrants {
        Map<String, Set<UUID>> copy = new HashMap<>();
        plantsByPermission.forEach((permission, plants) -> copy.put(permission, Set.copyOf(plants)));
        plantsByPermission = Map.copyOf(copy);
    }

    /**
     * From role assignments: each role's permissions at its plants; those in {@code tenantWide}
     * are dropped.
     */
    public static PlantGrants of(Set<String> tenantWide, Map<Set<String>, Set<UUID>> scopedRoles) {
        Map<String, Set<UUID>> plants = new HashMap<>();
        scopedRoles.forEach((permissions, at) -> permissions.stream()
                .filter(permission -> !tenantWide.contains(permission))
                .forEach(permission ->
                        plants.computeIfAbsent(permission, p -> new HashSet<>()).addAll(at)));
        plants.values().removeIf(Set::isEmpty);
        return plants.isEmpty() ? NONE : new PlantGrants(plants);
    }

    /** Whether the permission is held at some plant at least. */
    public boolean holds(String permission) {
        return plantsByPermission.containsKey(permission);
    }

    public Set<UUID> plantsFor(String permission) {
        return plantsByPermission.getOrDefault(permission, Set.of());
    }
}
