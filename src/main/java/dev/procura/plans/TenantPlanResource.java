package dev.procura.plans;

import dev.procura.plans.PlanViews.TenantPlanView;
import dev.procura.platform.security.Caller;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.security.RequiresGroup;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/tenants/{id}/plan")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@RequiresGroup(Caller.PLATFORM_ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Plans and usage")
@APIResponse(responseCode = "401", description = "Missing or invalid access token")
@APIResponse(responseCode = "403", description = "The caller is not a platform administrator")
@APIResponse(responseCode = "404", description = "No such tenant")
public class TenantPlanResource {

    @Inject
    TenantPlans tenantPlans;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(summary = "The tenant's plan, trial end and plan history")
    @APIResponse(responseCode = "200", description = "The tenant's plan")
    public TenantPlanView get(@PathParam("id") UUID id) {
        return tenantPlans.view(id);
    }

    @PUT
    @Operation(
            summary = "Put the tenant on a plan",
            description = "The current plan ends where the new one begins: now, or the `effective_from` given (not in"
                    + " the future, after the current plan's start). Limits apply at once on every server.")
    @APIResponse(responseCode = "200", description = "The tenant's plan and history")
    @APIResponse(responseCode = "400", description = "Unknown plan code or invalid effective date")
    public TenantPlanView assign(@PathParam("id") UUID id, @Valid @NotNull PlanRequests.Assign body) {
        return tenantPlans.assign(caller.get(), id, body);
    }
}
