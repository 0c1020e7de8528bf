package dev.procura.tenants;

import dev.procura.platform.persistence.ControlNotifications.Invalidation;
import dev.procura.platform.tenancy.MembershipDirectory;
import dev.procura.platform.tenancy.PlantGrants;
import dev.procura.platform.tenancy.TenantAccess;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers "what may this user do in this tenant" for every tenant-scoped request, from a short
 * cache. Any change to a tenant's status, memberships or roles is published through
 * LISTEN/NOTIFY and evicts that tenant's entries on every server at once.
 */
@ApplicationScoped
public class TenantAccessDirectory implements TenantAccess, MembershipDirectory {

    static final String TOPIC = "tenant-access";

    private record Key(UUID tenantId, UUID userId) {}

    private record Cached(Optional<Access> access, long expiresAtNanos) {}

    @Inject
    TenantRepository tenants;

    @Inject
    @ConfigProperty(name = "procura.tenants.access-cache-ttl", defaultValue = "PT30S")
    Duration ttl;

    private final ConcurrentHashMap<Key, Cached> cache = new ConcurrentHashMap<>();

    @Override
    public Optional<Access> accessOf(UUID tenantId, UUID userId) {
        Key key = new Key(tenantId, userId);
        Cached cached = cache.get(key);
        if (cached != null && cached.expiresAtNanos() > System.nanoTime()) {
            return cached.access();
        }
        Optional<Access> access = load(tenantId, userId);
        cache.put(key, new Cached(access, System.nanoTime() + ttl.toNanos()));
        return access;
    }

    @Override
    public List<Membership> membershipsOf(UUID userId) {
        return tenants.tenantsOf(userId, 0, 1000).stream()
                .map(row -> new Membership(
                        ((Tenant) row[0]).id(),
                        ((Tenant) row[0]).name(),
                        ((dev.procura.tenants.Membership) row[1]).role()))
                .toList();
    }

    /** Drops this server's entries of a tenant at once (other servers follow through NOTIFY). */
    public void evict(UUID tenantId) {
        cache.keySet().removeIf(key -> key.tenantId().equals(tenantId));
    }

    void onInvalidation(@Observes Invalidation invalidation) {
        if ("*".equals(invalidation.topic())) {
            cache.clear();
        } else if (TOPIC.equals(invalidation.topic())) {
            evict(UUID.fromString(invalidation.key()));
        }
    }

    private Optional<Access> load(UUID tenantId, UUID userId) {
        Optional<dev.procura.tenants.Membership> membership = tenants.membership(tenantId, userId);
        Optional<Tenant> tenant = membership.flatMap(m -> tenants.find(tenantId));
        if (tenant.isEmpty()) {
            return Optional.empty();
        }
        String role = membership.get().role();
        Set<String> permissions = new HashSet<>(permissionsOf(tenantId, role));
        Map<Set<String>, Set<UUID>> scoped = new HashMap<>();
        for (RoleAssignment assignment : tenants.assignments(tenantId, userId)) {
            Set<String> held = permissionsOf(tenantId, assignment.role());
            if (assignment.isTenantWide()) {
                permissions.addAll(held);
            } else {
                scoped.computeIfAbsent(held, h -> new HashSet<>()).addAll(assignment.plantIds());
            }
        }
        return Optional.of(new Access(
                tenantId,
                tenant.get().status(),
                role,
                Set.copyOf(permissions),
                tenant.get().readOnlyReason(),
                PlantGrants.of(permissions, scoped)));
    }

    private Set<String> permissionsOf(UUID tenantId, String role) {
        return SystemRoles.permissionsOf(role)
                .or(() -> tenants.customRole(tenantId, role).map(TenantRole::permissions))
                .orElse(Set.of());
    }
}
