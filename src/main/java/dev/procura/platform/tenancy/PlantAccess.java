package dev.procura.platform.tenancy;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The one place that decides whether the caller may see or change a plant-scoped record, from
 * the access already resolved (and cached) for the request: no query of its own. Reading a
 * record outside the read scope is "not found" (as another tenant's record is); writing outside
 * the write scope is 403 {@code plant-access-denied}.
 */
@ApplicationScoped
public class PlantAccess {

    @Inject
    TenantContext context;

    /** Where the caller may use the permission. */
    public PlantScope scope(String permission) {
        return PlantScope.of(context.access(), permission);
    }

    /** Throws {@code notFound} when the record at {@code plantId} is outside the caller's scope of {@code read}. */
    public void requireVisible(String read, UUID plantId, Supplier<? extends Failure> notFound) {
        if (!scope(read).includes(plantId)) {
            throw notFound.get();
        }
    }

    /** Refuses (403) a write to a record at {@code plantId} (null: at no plant) outside the scope of {@code write}. */
    public void requireWritable(String write, UUID plantId) {
        if (!scope(write).includes(plantId)) {
            throw denied(write, plantId);
        }
    }

    static Failure denied(String permission, UUID plantId) {
        return plantId == null
                ? new Failure.Forbidden(
                        ProblemType.PLANT_ACCESS_DENIED,
                        "Records at no plant need the permission " + permission
                                + " tenant-wide; you hold it only at some plants")
                : new Failure.Forbidden(
                        ProblemType.PLANT_ACCESS_DENIED,
                        "You do not hold the permission " + permission + " at plant " + plantId,
                        Map.of("plant_id", plantId));
    }
}
