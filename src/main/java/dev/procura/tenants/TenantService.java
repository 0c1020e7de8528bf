package dev.procura.tenants;

import dev.procura.identity.IdentityViews.UserView;
import dev.procura.identity.UserService;
import dev.procura.plans.TenantPlans;
import dev.procura.platform.events.Outbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantDatabase;
import dev.procura.platform.tenancy.TenantDatabaseRepository;
import dev.procura.platform.tenancy.TenantProvisioner;
import dev.procura.platform.web.Page;
import dev.procura.tenants.TenantViews.MemberView;
import dev.procura.tenants.TenantViews.TenantDetailView;
import dev.procura.tenants.TenantViews.TenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/** Creating, reading, renaming and (soft) deleting tenants. */
@ApplicationScoped
public class TenantService {

    @Inject
    Clock clock;

    private static final Logger LOG = Logger.getLogger(TenantService.class.getName());

    @Inject
    TenantRepository tenants;

    @Inject
    TenantDatabaseRepository databases;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    ControlTransaction transaction;

    @Inject
    TenantAccessDirectory access;

    @Inject
    UserService users;

    @Inject
    Outbox outbox;

    @Inject
    TenantPlans tenantPlans;

    /** The data of tenant.created and tenant.deleted. */
    public record TenantEventData(UUID id, String name, String status) {
        static TenantEventData of(Tenant tenant) {
            return new TenantEventData(tenant.id(), tenant.name(), TenantViews.status(tenant.status()));
        }
    }

    /**
     * Creates the tenant database first (slow, outside any transaction), then the tenant row, its
     * placement and the caller's admin membership in one transaction. If that fails the database
     * is dropped again, so there is never a tenant without a database or the reverse.
     */
    public TenantView create(Caller caller, TenantRequests.Save request) {
        UUID tenantId = UUID.randomUUID();
        TenantDatabase database = provisioner.create(tenantId);
        try {
            return transaction.call(() -> {
                Instant now = clock.instant();
                Tenant tenant = new Tenant(tenantId, request.name(), caller.userId(), now);
                tenants.add(tenant);
                databases.add(database);
                tenants.add(new Membership(tenantId, caller.userId(), SystemRoles.ADMIN, now));
                tenantPlans.startSignupPlan(tenantId, caller.userId());
                outbox.publish(
                        "tenant.created", tenantId.toString(), tenantId, caller.userId(), TenantEventData.of(tenant));
                return TenantView.of(tenant, SystemRoles.ADMIN);
            });
        } catch (RuntimeException e) {
            LOG.warning("Tenant " + tenantId + " could not be recorded; dropping its database: " + e);
            provisioner.dropQuietly(database.serverName(), database.databaseName());
            throw e;
        }
    }

    public Page<TenantView> listMine(Caller caller, int page, int perPage) {
        List<TenantView> items = tenants.tenantsOf(caller.userId(), (page - 1) * perPage, perPage).stream()
                .map(row -> TenantView.of((Tenant) row[0], ((Membership) row[1]).role()))
                .toList();
        return new Page<>(items, page, perPage, tenants.countTenantsOf(caller.userId()));
    }

    /** The tenant with its first members (up to 100; the members endpoint pages the rest). */
    public TenantDetailView get(UUID tenantId, String callerRole) {
        Tenant tenant = existing(tenantId);
        List<MemberView> members = membersPage(tenantId, 0, 100);
        return new TenantDetailView(
                tenant.id(),
                tenant.name(),
                TenantViews.status(tenant.status()),
                callerRole,
                tenant.createdAt(),
                tenant.updatedAt(),
                members,
                tenants.countMembers(tenantId));
    }

    /** The tenant's name, as its documents show it. */
    public String name(UUID tenantId) {
        return existing(tenantId).name();
    }

    /** The tenant's name while it is active; empty for an unknown, suspended or deleted tenant (public pages). */
    public java.util.Optional<String> activeName(UUID tenantId) {
        return tenants.find(tenantId)
                .filter(t -> t.status() == dev.procura.platform.tenancy.TenantAccess.TenantStatus.ACTIVE)
                .map(Tenant::name);
    }

    public TenantView rename(UUID tenantId, String callerRole, TenantRequests.Save request) {
        return transaction.call(() -> {
            Tenant tenant = tenants.lock(tenantId).orElseThrow(() -> notFound(tenantId));
            tenant.rename(request.name(), clock.instant());
            return TenantView.of(tenant, callerRole);
        });
    }

    /** Soft delete: members are refused from now on (on every server), data is kept. */
    public void delete(Caller caller, UUID tenantId) {
        transaction.run(() -> {
            Tenant tenant = tenants.lock(tenantId).orElseThrow(() -> notFound(tenantId));
            tenant.delete(clock.instant());
            tenants.invalidateAccess(tenantId);
            outbox.publish(
                    "tenant.deleted", tenantId.toString(), tenantId, caller.userId(), TenantEventData.of(tenant));
        });
        access.evict(tenantId);
    }

    List<MemberView> membersPage(UUID tenantId, int first, int max) {
        List<Membership> memberships = tenants.members(tenantId, first, max);
        Map<UUID, UserView> people =
                users.byIds(memberships.stream().map(Membership::userId).toList());
        return memberships.stream()
                .map(m -> MemberView.of(m, people.get(m.userId())))
                .toList();
    }

    private Tenant existing(UUID tenantId) {
        return tenants.find(tenantId).orElseThrow(() -> notFound(tenantId));
    }

    static Failure notFound(UUID tenantId) {
        return new Failure.NotFound("No tenant " + tenantId);
    }
}
