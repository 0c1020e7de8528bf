package dev.procura.tenants;

import dev.procura.platform.persistence.ControlNotifications;
import dev.procura.platform.tenancy.TenantAccess.TenantStatus;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Tenants, their memberships and custom roles in the control database. */
@ApplicationScoped
public class TenantRepository {

    @PersistenceContext(unitName = "control")
    EntityManager em;

    public Optional<Tenant> find(UUID id) {
        return Optional.ofNullable(em.find(Tenant.class, id));
    }

    public Optional<Tenant> lock(UUID id) {
        return Optional.ofNullable(em.find(Tenant.class, id, LockModeType.PESSIMISTIC_WRITE));
    }

    public void add(Object entity) {
        em.persist(entity);
        em.flush();
    }

    public void remove(Object entity) {
        em.remove(entity);
    }

    /** The user's memberships with their tenants, newest tenant first. */
    public List<Object[]> tenantsOf(UUID userId, int first, int max) {
        return em.createQuery(
                        "SELECT t, m FROM Tenant t, Membership m WHERE m.tenantId = t.id AND m.userId = :user"
                                + " AND t.status <> :deleted ORDER BY t.createdAt DESC, t.id",
                        Object[].class)
                .setParameter("user", userId)
                .setParameter("deleted", TenantStatus.DELETED)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countTenantsOf(UUID userId) {
        return em.createQuery(
                        "SELECT COUNT(m) FROM Tenant t, Membership m WHERE m.tenantId = t.id AND m.userId = :user"
                                + " AND t.status <> :deleted",
                        Long.class)
                .setParameter("user", userId)
                .setParameter("deleted", TenantStatus.DELETED)
                .getSingleResult();
    }

    public List<Tenant> all(int first, int max) {
        return em.createQuery("SELECT t FROM Tenant t ORDER BY t.createdAt DESC, t.id", Tenant.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countAll() {
        return em.createQuery("SELECT COUNT(t) FROM Tenant t", Long.class).getSingleResult();
    }

    public Optional<Membership> membership(UUID tenantId, UUID userId) {
        return Optional.ofNullable(em.find(Membership.class, new Membership.Key(tenantId, userId)));
    }

    public Optional<Membership> lockMembership(UUID tenantId, UUID userId) {
        return Optional.ofNullable(
                em.find(Membership.class, new Membership.Key(tenantId, userId), LockModeType.PESSIMISTIC_WRITE));
    }

    public List<Membership> members(UUID tenantId, int first, int max) {
        return em.createQuery(
                        "SELECT m FROM Membership m WHERE m.tenantId = :tenant ORDER BY m.createdAt, m.userId",
                        Membership.class)
                .setParameter("tenant", tenantId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    public long countMembers(UUID tenantId) {
        return em.createQuery("SELECT COUNT(m) FROM Membership m WHERE m.tenantId = :tenant", Long.class)
                .setParameter("tenant", tenantId)
                .getSingleResult();
    }

    /** Admin memberships locked, so two concurrent demotions cannot both pass the last-admin rule. */
    public List<Membership> lockAdmins(UUID tenantId) {
        return em.createQuery(
                        "SELECT m FROM Membership m WHERE m.tenantId = :tenant AND m.role = :admin", Membership.class)
                .setParameter("tenant", tenantId)
                .setParameter("admin", SystemRoles.ADMIN)
                .setLockMode(LockModeType.PESSIMISTIC_WRITE)
                .getResultList();
    }

    /** Members holding the role, as their primary role or through a further assignment. */
    public long countWithRole(UUID tenantId, String role) {
        return em.createQuery(
                        "SELECT COUNT(m) FROM Membership m WHERE m.tenantId = :tenant AND (m.role = :role"
                                + " OR EXISTS (SELECT a.id FROM RoleAssignment a WHERE a.tenantId = m.tenantId"
                                + " AND a.userId = m.userId AND a.role = :role))",
                        Long.class)
                .setParameter("tenant", tenantId)
                .setParameter("role", role)
                .getSingleResult();
    }

    /** A member's further role assignments (besides memberships.role), in the order they were given. */
    public List<RoleAssignment> assignments(UUID tenantId, UUID userId) {
        return em.createQuery(
                        "SELECT a FROM RoleAssignment a WHERE a.tenantId = :tenant AND a.userId = :user"
                                + " ORDER BY a.createdAt, a.role",
                        RoleAssignment.class)
                .setParameter("tenant", tenantId)
                .setParameter("user", userId)
                .getResultList();
    }

    /** Replaces a member's further role assignments. */
    public void replaceAssignments(UUID tenantId, UUID userId, List<RoleAssignment> assignments) {
        assignments(tenantId, userId).forEach(em::remove);
        em.flush();
        assignments.forEach(em::persist);
    }

    public Optional<TenantRole> customRole(UUID tenantId, String name) {
        return Optional.ofNullable(em.find(TenantRole.class, new TenantRole.Key(tenantId, name)));
    }

    public List<TenantRole> customRoles(UUID tenantId) {
        return em.createQuery("SELECT r FROM TenantRole r WHERE r.tenantId = :tenant ORDER BY r.name", TenantRole.class)
                .setParameter("tenant", tenantId)
                .getResultList();
    }

    /** Tells every server's access cache that this tenant's memberships or roles changed. */
    public void invalidateAccess(UUID tenantId) {
        ControlNotifications.publish(em, "tenant-access", tenantId.toString());
    }
}
