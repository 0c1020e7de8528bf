package dev.procura.platform.tenancy;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@ApplicationScoped
public class TenantDatabaseRepository {

    @Inject
    dev.procura.platform.events.Outbox outbox;

    @Inject
    Clock clock;

    @PersistenceContext(unitName = "control")
    EntityManager em;

    public Optional<TenantDatabase> find(UUID tenantId) {
        return Optional.ofNullable(em.find(TenantDatabase.class, tenantId));
    }

    public void add(TenantDatabase database) {
        em.persist(database);
    }

    public void remove(UUID tenantId) {
        em.createQuery("DELETE FROM TenantDatabase d WHERE d.tenantId = :id")
                .setParameter("id", tenantId)
                .executeUpdate();
    }

    /** Tenant ids in id order after {@code after} (null: from the first), at most {@code limit}. */
    public List<UUID> idsAfter(UUID after, int limit) {
        String query = "SELECT d.tenantId FROM TenantDatabase d" + (after == null ? "" : " WHERE d.tenantId > :after")
                + " ORDER BY d.tenantId";
        var typed = em.createQuery(query, UUID.class).setMaxResults(limit);
        if (after != null) {
            typed.setParameter("after", after);
        }
        return typed.getResultList();
    }

    /** Tenant databases per server name. */
    public Map<String, Long> countByServer() {
        Map<String, Long> counts = new HashMap<>();
        List<Object[]> rows = em.createQuery(
                        "SELECT d.serverName, COUNT(d) FROM TenantDatabase d GROUP BY d.serverName", Object[].class)
                .getResultList();
        for (Object[] row : rows) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    /**
     * Points the tenant at another database (same role, current schema) and tells every server to
     * close the tenant's unit once this commits, so the next request opens the new database. In the
     * same transaction it pins the tenant to {@code serverName} ({@code pin} true), unpins it (false)
     * or leaves the pin (null).
     */
    @Transactional
    public void relocate(UUID tenantId, String serverName, String databaseName, Boolean pin) {
        TenantDatabase database =
                em.find(TenantDatabase.class, tenantId, jakarta.persistence.LockModeType.PESSIMISTIC_WRITE);
        if (database == null) {
            throw new IllegalStateException("No database for tenant " + tenantId);
        }
        database.relocated(serverName, databaseName, clock.instant());
        if (pin != null) {
            database.pin(pin ? serverName : null);
        }
        dev.procura.platform.persistence.ControlNotifications.publish(em, TenantUnits.TOPIC, tenantId.toString());
    }

    /** Pins the tenant to {@code serverName} (null: unpins); false when there is no such tenant. */
    @Transactional
    public boolean pin(UUID tenantId, String serverName) {
        TenantDatabase database = em.find(TenantDatabase.class, tenantId);
        if (database == null) {
            return false;
        }
        database.pin(serverName);
        return true;
    }

    @Transactional
    public void markMigrated(UUID tenantId, String version) {
        find(tenantId).ifPresent(d -> {
            String from = d.schemaVersion();
            d.migrated(version, clock.instant());
            Map<String, Object> data = new HashMap<>();
            data.put("tenant_id", tenantId);
            data.put("schema_version", version);
            if (from != null) {
                data.put("schema_version_before", from);
            }
            outbox.publish("tenant.migrated", tenantId.toString(), tenantId, null, data);
        });
    }
}
