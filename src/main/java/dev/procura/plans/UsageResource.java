package dev.procura.plans;

import dev.procura.plans.UsageViews.TenantUsageView;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/usage")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Plans and usage")
@APIResponse(responseCode = "401", description = "Missing or invalid access token")
@APIResponse(responseCode = "404", description = "No such tenant, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks usage:read, or the tenant is suspended or deleted")
public class UsageResource {

    @Inject
    UsageService usage;

    @GET
    @RequiresPermission(Permissions.USAGE_READ)
    @Operation(
            summary = "The tenant's use of its plan",
            description = "Every meter: counts as they are now, monthly meters for this calendar month (UTC), against"
                    + " the plan's limit, with a state: ok, warning (from 80%), limit_reached, over_limit (within the"
                    + " grace).")
    @APIResponse(responseCode = "200", description = "Usage against limits")
    public TenantUsageView get(@PathParam("tenantId") UUID tenantId) {
        return usage.ofTenant(tenantId);
    }
}
