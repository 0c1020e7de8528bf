package dev.procura.customfields;

import dev.procura.platform.persistence.ControlNotifications;
import dev.procura.platform.persistence.ControlNotifications.Invalidation;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The custom field definitions of a tenant's record type, as every write and list of such records
 * needs them (up to 1000 rows): read once, then kept until a definition changes. A change evicts
 * the entry on this server at once and on the others through a control-database notice; a
 * generation counter keeps a read that raced with the change from putting stale rows back, and a
 * time to live bounds what a missed notice (or a restored tenant) can leave behind.
 */
@ApplicationScoped
public class DefinitionCache {

    static final String TOPIC = "custom-fields";
    private static final Logger LOG = Logger.getLogger(DefinitionCache.class.getName());

    private record Key(UUID tenantId, String entityType) {}

    private record Cached(List<CustomFieldDefinition> fields, long generation, long expiresAtNanos) {}

    @Inject
    CustomFieldRepository definitions;

    @Inject
    ControlNotifications notifications;

    @Inject
    @ConfigProperty(name = "procura.custom-fields.cache-ttl", defaultValue = "PT60S")
    Duration ttl;

    private final ConcurrentHashMap<Key, Cached> cache = new ConcurrentHashMap<>();
    private final AtomicLong generation = new AtomicLong();

    /** Every definition of the type (archived ones too), in their order; detached, read-only. */
    List<CustomFieldDefinition> of(TenantTx tx, String entityType) {
        Key key = new Key(tx.tenantId(), entityType);
        Cached cached = cache.get(key);
        if (cached != null && cached.expiresAtNanos() > System.nanoTime()) {
            return cached.fields();
        }
        long before = generation.get();
        List<CustomFieldDefinition> fields = List.copyOf(definitions.forEntity(tx.em(), entityType));
        // Keep it only if no definition changed meanwhile (an eviction bumps the generation).
        if (generation.get() == before) {
            cache.put(key, new Cached(fields, before, System.nanoTime() + ttl.toNanos()));
        }
        return fields;
    }

    /** After a definition of the type committed: drop the entry here and tell the other servers. */
    void changed(UUID tenantId, String entityType) {
        evict(tenantId + "|" + entityType);
        try {
            notifications.publishNow(TOPIC, List.of(tenantId + "|" + entityType));
        } catch (SQLException e) {
            // The other servers drop the entry when its time to live ends.
            LOG.log(Level.WARNING, "Custom field change of tenant " + tenantId + " not announced to other servers", e);
        }
    }

    void onInvalidation(@Observes Invalidation invalidation) {
        if ("*".equals(invalidation.topic())) {
            generation.incrementAndGet();
            cache.clear();
        } else if (TOPIC.equals(invalidation.topic())) {
            evict(invalidation.key());
        }
    }

    private void evict(String tenantAndType) {
        generation.incrementAndGet();
        int bar = tenantAndType.indexOf('|');
        if (bar > 0) {
            cache.remove(new Key(UUID.fromString(tenantAndType.substring(0, bar)), tenantAndType.substring(bar + 1)));
        }
    }
}
