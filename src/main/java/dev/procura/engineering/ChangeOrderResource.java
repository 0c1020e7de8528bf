package dev.procura.engineering;

import dev.procura.engineering.ChangeOrderViews.ApprovedChanges;
import dev.procura.engineering.ChangeOrderViews.ChangeOrderView;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantScoped;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/projects/{projectId}/change-orders")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Project engineering",
        description = "A project's bill of materials (exploded and costed), change orders and drawing approvals")
@APIResponse(
        responseCode = "404",
        description = "No such tenant, project or change order, not a member, or the project is at a plant the"
                + " caller does not read")
@APIResponse(
        responseCode = "403",
        description = "Role lacks the permission (or holds it only at other plants), or the tenant is suspended or"
                + " deleted")
public class ChangeOrderResource {

    @Inject
    ChangeOrderService orders;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(
            summary = "Request a change order",
            description = "Numbered CO-000001 on; status: the `change_order` workflow's initial state (`open`"
                    + " without one). Its transitions: `/change-orders/{id}/transitions`.")
    @APIResponse(
            responseCode = "201",
            description = "Requested",
            content = @Content(schema = @Schema(implementation = ChangeOrderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    public Response request(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("projectId") UUID projectId,
            @Valid @NotNull ChangeOrderRequests.Change body) {
        ChangeOrderView requested = orders.request(caller.get(), projectId, body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/projects/{p}/change-orders/{id}")
                        .build(tenantId, projectId, requested.id()))
                .entity(requested)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.PROJECTS_READ)
    @PlantScoped
    @Operation(summary = "A project's change orders", description = "By number; filter: `status`.")
    @APIResponse(responseCode = "200", description = "A page of change orders")
    public Page<ChangeOrderView> list(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("projectId") UUID projectId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "The workflow state") @QueryParam("status") @Size(max = 64) String status) {
        return orders.list(projectId, status, page, perPage);
    }

    @GET
    @Path("/approved-changes")
    @RequiresPermission(Permissions.PROJECTS_READ)
    @PlantScoped
    @Operation(
            summary = "A project's approved changes",
            description = "The approved change orders' cost impact (per currency) and schedule impact, and how many"
                    + " are still pending.")
    @APIResponse(
            responseCode = "200",
            description = "The approved changes",
            content = @Content(schema = @Schema(implementation = ApprovedChanges.class)))
    public ApprovedChanges approvedChanges(
            @PathParam("tenantId") UUID tenantId, @PathParam("projectId") UUID projectId) {
        return orders.approvedChanges(projectId);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.PROJECTS_READ)
    @PlantScoped
    @Operation(summary = "A change order")
    @APIResponse(
            responseCode = "200",
            description = "The change order",
            content = @Content(schema = @Schema(implementation = ChangeOrderView.class)))
    public ChangeOrderView get(
            @PathParam("tenantId") UUID tenantId, @PathParam("projectId") UUID projectId, @PathParam("id") UUID id) {
        return orders.get(projectId, id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(summary = "Change a change order", description = "In full, until its workflow decides it.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = ChangeOrderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(responseCode = "409", description = "The change order is decided (`change-order-decided`)")
    public ChangeOrderView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("projectId") UUID projectId,
            @PathParam("id") UUID id,
            @Valid @NotNull ChangeOrderRequests.Change body) {
        return orders.change(caller.get(), projectId, id, body);
    }
}
