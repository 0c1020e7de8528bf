package dev.procura.approvals;

import dev.procura.approvals.ApprovalViews.DelegationView;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/delegations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Delegations", description = "Out of office: approvals go to a delegate for a date range")
@APIResponse(responseCode = "404", description = "No such tenant or delegation, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class DelegationResource {

    @Inject
    DelegationService delegations;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.APPROVALS_DECIDE)
    @Operation(
            summary = "Name a delegate for a date range",
            description = "From `starts_on` to `ends_on` (inclusive) the "
                    + "caller's pending approvals may be decided by the delegate, recorded as on behalf of the caller.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = DelegationView.class)))
    @APIResponse(responseCode = "400", description = "Oneself, not a member, or bad dates")
    @APIResponse(responseCode = "409", description = "Overlaps another of one's delegations")
    public Response delegate(@PathParam("tenantId") UUID tenantId, @Valid @NotNull WorkflowRequests.Delegate body) {
        DelegationView created = delegations.delegate(caller.get(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/delegations/{d}")
                        .build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.APPROVALS_READ)
    @Operation(summary = "My delegations, given and received")
    @APIResponse(responseCode = "200", description = "The delegations")
    public List<DelegationView> mine(@PathParam("tenantId") UUID tenantId) {
        return delegations.mine(caller.get());
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.APPROVALS_READ)
    @Operation(summary = "One of my delegations, given or received")
    @APIResponse(responseCode = "200", description = "The delegation")
    public DelegationView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return delegations.get(caller.get(), id);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.APPROVALS_DECIDE)
    @Operation(summary = "Withdraw one of my delegations")
    @APIResponse(responseCode = "204", description = "Withdrawn")
    public Response withdraw(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        delegations.withdraw(caller.get(), id);
        return Response.noContent().build();
    }
}
