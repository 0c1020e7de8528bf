package dev.procura.tenants;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.tenants.TenantViews.RoleView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

/** The tenant's roles: the four system roles, which never change, and the admins' custom roles. */
@ApplicationScoped
public class RoleService {

    @Inject
    TenantEvents events;

    @Inject
    Clock clock;

    @Inject
    TenantRepository tenants;

    @Inject
    ControlTransaction transaction;

    @Inject
    TenantAccessDirectory access;

    public List<RoleView> list(UUID tenantId) {
        List<RoleView> roles = new ArrayList<>();
        SystemRoles.all()
                .forEach((name, permissions) ->
                        roles.add(new RoleView(name, "System role", new TreeSet<>(permissions), true)));
        tenants.customRoles(tenantId).forEach(role -> roles.add(view(role)));
        return roles;
    }

    public RoleView create(UUID tenantId, TenantRequests.SaveRole request) {
        Set<String> permissions = checkedPermissions(request.permissions());
        if (SystemRoles.isSystem(request.name())) {
            throw new Failure.Conflict(ProblemType.ROLE_EXISTS, "'" + request.name() + "' is a system role");
        }
        return transaction.call(() -> {
            if (tenants.customRole(tenantId, request.name()).isPresent()) {
                throw new Failure.Conflict(ProblemType.ROLE_EXISTS, "The role '" + request.name() + "' already exists");
            }
            TenantRole role =
                    new TenantRole(tenantId, request.name(), request.description(), permissions, clock.instant());
            tenants.add(role);
            events.publish(
                    "role.created",
                    tenantId,
                    role.name(),
                    Map.of("name", role.name(), "permissions", new TreeSet<>(permissions)));
            return view(role);
        });
    }

    public RoleView update(UUID tenantId, String name, TenantRequests.SaveRole request) {
        refuseSystem(name);
        if (!name.equals(request.name())) {
            throw new Failure.InvalidInput("name", "must match the role in the path; roles cannot be renamed");
        }
        Set<String> permissions = checkedPermissions(request.permissions());
        RoleView updated = transaction.call(() -> {
            TenantRole role = tenants.customRole(tenantId, name).orElseThrow(() -> notFound(name));
            Set<String> before = new TreeSet<>(role.permissions());
            role.redefine(request.description(), permissions, clock.instant());
            events.publish(
                    "role.updated",
                    tenantId,
                    name,
                    Map.of("name", name, "permissions_before", before, "permissions", new TreeSet<>(permissions)));
            tenants.invalidateAccess(tenantId);
            return view(role);
        });
        access.evict(tenantId);
        return updated;
    }

    public void delete(UUID tenantId, String name) {
        refuseSystem(name);
        transaction.run(() -> {
            TenantRole role = tenants.customRole(tenantId, name).orElseThrow(() -> notFound(name));
            long holders = tenants.countWithRole(tenantId, name);
            if (holders > 0) {
                throw new Failure.Conflict(
                        ProblemType.ROLE_IN_USE,
                        "The role '" + name + "' is held by " + holders + " member(s); reassign them first");
            }
            tenants.remove(role);
            events.publish("role.deleted", tenantId, name, Map.of("name", name));
        });
    }

    private static Set<String> checkedPermissions(Set<String> requested) {
        List<FieldError> unknown = requested.stream()
                .filter(p -> !Permissions.isKnown(p))
                .sorted()
                .map(p -> new FieldError("permissions", "unknown permission '" + p + "'"))
                .toList();
        if (!unknown.isEmpty()) {
            throw new Failure.InvalidInput(unknown);
        }
        return Set.copyOf(requested);
    }

    private static void refuseSystem(String name) {
        if (SystemRoles.isSystem(name)) {
            throw new Failure.Conflict(ProblemType.SYSTEM_ROLE, "System roles cannot be changed or deleted");
        }
    }

    private static RoleView view(TenantRole role) {
        return new RoleView(role.name(), role.description(), new TreeSet<>(role.permissions()), false);
    }

    private static Failure notFound(String name) {
        return new Failure.NotFound("No role '" + name + "' in this tenant");
    }
}
