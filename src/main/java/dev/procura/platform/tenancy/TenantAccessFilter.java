package dev.procura.platform.tenancy;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.observability.LogContext;
import dev.procura.platform.security.CurrentCaller;
import jakarta.annotation.Priority;
import jakarta.inject.Inject;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.ext.Provider;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Guards every request whose path carries {@code {tenantId}}: non-members get 404 (the tenant's
 * existence is not revealed), members of a suspended or deleted tenant get 403 with a distinct
 * type, members without the method's {@link RequiresPermission} get 403, and anything but a read of
 * a read-only tenant ({@link TenantReadOnly}) gets 409 {@code tenant-read-only}.
 */
@Provider
@Priority(Priorities.AUTHORIZATION)
public class TenantAccessFilter implements ContainerRequestFilter {

    private static final Logger LOG = Logger.getLogger(TenantAccessFilter.class.getName());

    @Context
    ResourceInfo resource;

    @Inject
    CurrentCaller caller;

    @Inject
    TenantAccess tenantAccess;

    @Inject
    TenantContext context;

    @Override
    public void filter(ContainerRequestContext request) {
        String tenantParameter = request.getUriInfo().getPathParameters().getFirst("tenantId");
        if (tenantParameter == null || resource.getResourceMethod() == null) {
            return;
        }
        TenantAccess.Access access = parse(tenantParameter)
                .flatMap(
                        tenantId -> tenantAccess.accessOf(tenantId, caller.get().userId()))
                .orElseThrow(() -> new Failure.NotFound("No tenant " + tenantParameter));
        switch (access.status()) {
            case SUSPENDED -> throw new Failure.Forbidden(ProblemType.TENANT_SUSPENDED, "This tenant is suspended");
            case DELETED -> throw new Failure.Forbidden(ProblemType.TENANT_DELETED, "This tenant has been deleted");
            default -> {}
        }
        if (access.readOnlyReason() != null && !isRead(request.getMethod())) {
            throw new Failure.Conflict(
                    ProblemType.TENANT_READ_ONLY,
                    "This tenant is read-only for now (" + access.readOnlyReason() + "); reading still works",
                    java.util.Map.of("reason", access.readOnlyReason()));
        }
        RequiresPermission required = resource.getResourceMethod().getAnnotation(RequiresPermission.class);
        if (required == null) {
            LOG.severe("Tenant-scoped method without @RequiresPermission refused: " + resource.getResourceMethod());
            throw new Failure.Forbidden(ProblemType.FORBIDDEN, "This action is not permitted");
        }
        boolean atSomePlants = resource.getResourceMethod().isAnnotationPresent(PlantScoped.class)
                && access.plantGrants().holds(required.value());
        if (!access.permissions().contains(required.value()) && !atSomePlants) {
            throw new Failure.Forbidden(
                    ProblemType.FORBIDDEN,
                    "Your role '" + access.role() + "' lacks the permission " + required.value());
        }
        context.set(access);
        LogContext.tenant(access.tenantId());
    }

    private static boolean isRead(String method) {
        return "GET".equals(method) || "HEAD".equals(method) || "OPTIONS".equals(method);
    }

    private static java.util.Optional<UUID> parse(String value) {
        try {
            return java.util.Optional.of(UUID.fromString(value));
        } catch (IllegalArgumentException e) {
            return java.util.Optional.empty();
        }
    }
}
