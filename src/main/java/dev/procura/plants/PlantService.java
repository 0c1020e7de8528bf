package dev.procura.plants;

import dev.procura.plants.PlantViews.PlantView;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceException;
import java.time.ZoneId;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The tenant's plants. Codes are unique, the time zone is an IANA zone, and a plant that records
 * belong to is not deleted (deactivate it instead). Every change is an outbox event. Other
 * capabilities ask here whether a plant may take records ({@link #requireUsable}).
 */
@ApplicationScoped
public class PlantService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    PlantRepository plants;

    @Inject
    TenantOutbox outbox;

    @Inject
    Instance<PlantReferences> references;

    public PlantView create(Caller caller, PlantRequests.Define request) {
        requireZone(request.timeZone());
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            requireFreeCode(em, request.code(), null);
            Plant plant = new Plant(tx.now());
            plant.describe(request, tx.now());
            em.persist(plant);
            flushUnique(em, request.code());
            publish(tx, caller, "plant.created", plant);
            return PlantView.of(plant);
        });
    }

    public Page<PlantView> list(PlantRepository.Filter filter, String sort, int page, int perPage) {
        return tenantData.call(tx -> new Page<>(
                plants.list(tx.em(), filter, sort, (page - 1) * perPage, perPage).stream()
                        .map(PlantView::of)
                        .toList(),
                page,
                perPage,
                plants.count(tx.em(), filter)));
    }

    public PlantView get(UUID id) {
        return tenantData.call(tx -> PlantView.of(existing(tx.em(), id)));
    }

    public PlantView change(Caller caller, UUID id, PlantRequests.Define request) {
        requireZone(request.timeZone());
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Plant plant = existing(em, id);
            requireFreeCode(em, request.code(), id);
            boolean wasActive = plant.isActive();
            plant.describe(request, tx.now());
            flushUnique(em, request.code());
            String event = wasActive == plant.isActive()
                    ? "plant.changed"
                    : plant.isActive() ? "plant.reactivated" : "plant.deactivated";
            publish(tx, caller, event, plant);
            return PlantView.of(plant);
        });
    }

    /** Deletes a plant no record belongs to; one with records is to be deactivated instead. */
    public void delete(Caller caller, UUID id) {
        tenantData.call(tx -> {
            EntityManager em = tx.em();
            Plant plant = existing(em, id);
            Map<String, Object> inUse = new LinkedHashMap<>();
            for (PlantReferences kind : references) {
                long count = kind.countAt(tx, id);
                if (count > 0) {
                    inUse.put(kind.records(), count);
                }
            }
            if (!inUse.isEmpty()) {
                throw new Failure.Conflict(
                        ProblemType.PLANT_IN_USE,
                        "Plant " + plant.code() + " has records " + inUse + "; deactivate it (active: false) instead",
                        Map.of("records", inUse));
            }
            em.remove(plant);
            publish(tx, caller, "plant.deleted", plant);
            return null;
        });
    }

    /**
     * For a record that is put at a plant in this transaction: the plant exists and is active,
     * else a 400 on {@code field}.
     */
    public void requireUsable(TenantTx tx, UUID plantId, String field) {
        Plant plant = tx.em().find(Plant.class, plantId);
        if (plant == null) {
            throw new Failure.InvalidInput(field, "no such plant in this tenant");
        }
        if (!plant.isActive()) {
            throw new Failure.InvalidInput(field, "plant " + plant.code() + " is inactive");
        }
    }

    /** Every id names a plant of the current tenant (active or not), else a 400 on {@code field}. */
    public void requireExisting(Collection<UUID> ids, String field) {
        List<UUID> found = tenantData.call(tx -> plants.existing(tx.em(), ids));
        List<UUID> missing = ids.stream().filter(id -> !found.contains(id)).toList();
        if (!missing.isEmpty()) {
            throw new Failure.InvalidInput(field, "no such plant in this tenant: " + missing);
        }
    }

    /** Those of the ids that name a plant of the tenant (active or not), in the caller's transaction. */
    public List<UUID> existingAt(TenantTx tx, Collection<UUID> ids) {
        return plants.existing(tx.em(), ids);
    }

    static void requireZone(String timeZone) {
        if (timeZone != null && !ZoneId.getAvailableZoneIds().contains(timeZone)) {
            throw new Failure.InvalidInput("time_zone", "must be an IANA time zone such as Europe/Paris");
        }
    }

    private void requireFreeCode(EntityManager em, String code, UUID self) {
        if (plants.codeTaken(em, code, self)) {
            throw codeTaken(code);
        }
    }

    private static Failure codeTaken(String code) {
        return new Failure.Conflict(ProblemType.PLANT_CODE_TAKEN, "Another plant has the code " + code);
    }

    /** Writes now, so that a code taken by a concurrent request meanwhile is a conflict, not a failure. */
    private static void flushUnique(EntityManager em, String code) {
        try {
            em.flush();
        } catch (PersistenceException e) {
            for (Throwable t = e; t != null; t = t.getCause()) {
                if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                    throw codeTaken(code);
                }
            }
            throw e;
        }
    }

    private void publish(TenantTx tx, Caller caller, String event, Plant plant) {
        outbox.publish(
                tx,
                event,
                plant.id().toString(),
                caller.userId(),
                Map.of(
                        "plant_id",
                        plant.id(),
                        "code",
                        plant.code(),
                        "name",
                        plant.name(),
                        "time_zone",
                        plant.timeZone(),
                        "active",
                        plant.isActive()));
    }

    private static Plant existing(EntityManager em, UUID id) {
        Plant plant = em.find(Plant.class, id);
        if (plant == null) {
            throw new Failure.NotFound("No plant " + id + " in this tenant");
        }
        return plant;
    }
}
