package dev.procura.tenants;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.tenancy.TenantAccess.TenantStatus;
import dev.procura.platform.tenancy.TenantDatabase;
import dev.procura.platform.tenancy.TenantDatabaseRepository;
import dev.procura.platform.tenancy.TenantProvisioner;
import dev.procura.platform.tenancy.TenantUnits;
import dev.procura.platform.web.Page;
import dev.procura.tenants.TenantViews.AdminTenantView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;

/** What platform operators do to tenants: look, suspend, resume, restore, and destroy for good. */
@ApplicationScoped
public class TenantAdminService {

    @Inject
    TenantEvents events;

    @Inject
    Clock clock;

    @Inject
    TenantRepository tenants;

    @Inject
    TenantDatabaseRepository databases;

    @Inject
    TenantProvisioner provisioner;

    @Inject
    TenantUnits units;

    @Inject
    ControlTransaction transaction;

    @Inject
    TenantAccessDirectory access;

    public Page<AdminTenantView> list(int page, int perPage) {
        var items = tenants.all((page - 1) * perPage, perPage).stream()
                .map(this::view)
                .toList();
        return new Page<>(items, page, perPage, tenants.countAll());
    }

    public AdminTenantView get(UUID tenantId) {
        return view(tenants.find(tenantId).orElseThrow(() -> TenantService.notFound(tenantId)));
    }

    public AdminTenantView suspend(UUID tenantId) {
        return transition(tenantId, "tenant.suspended", Tenant::suspend);
    }

    public AdminTenantView resume(UUID tenantId) {
        return transition(tenantId, "tenant.resumed", Tenant::resume);
    }

    public AdminTenantView restore(UUID tenantId) {
        return transition(tenantId, "tenant.restored", Tenant::restore);
    }

    /**
     * Drops the database and forgets the tenant. Only a soft-deleted tenant, and only when the
     * caller repeats its id as confirmation: this cannot be undone.
     */
    /**
     * Ends a tenant for good on the system's behalf (a trial over and its grace spent, its data
     * exported): deleted, then destroyed at once.
     */
    public void expire(UUID tenantId) {
        transaction.run(() -> tenants.lock(tenantId).ifPresent(tenant -> {
            if (tenant.status() != TenantStatus.DELETED) {
                tenant.delete(clock.instant());
                events.publish(
                        "tenant.deleted",
                        tenantId,
                        tenantId.toString(),
                        Map.of("tenant_id", tenantId, "name", tenant.name(), "reason", "trial expired"));
            }
        }));
        destroy(tenantId, tenantId.toString());
    }

    public void destroy(UUID tenantId, String confirmation) {
        Tenant tenant = tenants.find(tenantId).orElseThrow(() -> TenantService.notFound(tenantId));
        if (tenant.status() != TenantStatus.DELETED) {
            throw new Failure.Conflict(
                    ProblemType.INVALID_STATE,
                    "Only a deleted tenant can be destroyed; it is " + TenantViews.status(tenant.status()));
        }
        if (!tenantId.toString().equals(confirmation)) {
            throw new Failure.InvalidInput("confirm", "must repeat the tenant id to confirm the destruction");
        }
        TenantDatabase database = databases.find(tenantId).orElse(null);
        units.evict(tenantId);
        if (database != null) {
            try {
                provisioner.drop(database);
            } catch (SQLException e) {
                throw new Failure.Unavailable(
                        "The tenant database could not be dropped; try again", Duration.ofSeconds(10));
            }
        }
        transaction.run(() -> {
            tenants.lock(tenantId).ifPresent(tenants::remove);
            tenants.invalidateAccess(tenantId);
            events.publish(
                    "tenant.destroyed",
                    tenantId,
                    tenantId.toString(),
                    Map.of("tenant_id", tenantId, "name", tenant.name()));
        });
        access.evict(tenantId);
    }

    private AdminTenantView transition(UUID tenantId, String event, BiConsumer<Tenant, Instant> change) {
        AdminTenantView changed = transaction.call(() -> {
            Tenant tenant = tenants.lock(tenantId).orElseThrow(() -> TenantService.notFound(tenantId));
            change.accept(tenant, clock.instant());
            events.publish(event, tenantId, tenantId.toString(), Map.of("tenant_id", tenantId, "name", tenant.name()));
            tenants.invalidateAccess(tenantId);
            return view(tenant);
        });
        access.evict(tenantId);
        return changed;
    }

    private AdminTenantView view(Tenant tenant) {
        TenantDatabase database = databases.find(tenant.id()).orElse(null);
        return new AdminTenantView(
                tenant.id(),
                tenant.name(),
                TenantViews.status(tenant.status()),
                database == null ? null : database.serverName(),
                database == null ? null : database.databaseName(),
                database == null ? null : database.schemaVersion(),
                database != null && database.isCurrent(),
                tenants.countMembers(tenant.id()),
                tenant.createdAt(),
                tenant.deletedAt(),
                tenant.readOnlyReason());
    }
}
