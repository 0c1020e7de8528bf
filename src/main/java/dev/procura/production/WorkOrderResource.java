package dev.procura.production;

import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantScoped;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.production.ProductionViews.WorkOrderView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
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

@Path("/api/v1/tenants/{tenantId}/work-orders")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Work orders",
        description = "Orders to make an item through routing operations, and what the shop floor reports against"
                + " them: confirmations, downtime, components consumed and output")
@APIResponse(responseCode = "404", description = "No such tenant or work order, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or not at the order's plant")
public class WorkOrderResource {

    static final String TRANSITION_409 =
            "The order's status does not allow it (`invalid-transition`, with current_status)";

    @Inject
    WorkOrderService workOrders;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PlantScoped
    @RequiresPermission(Permissions.PRODUCTION_WRITE)
    @Operation(
            summary = "Plan a work order",
            description = "Numbered WO-000001 on; status planned. Quantities are in the item's base unit.")
    @APIResponse(
            responseCode = "201",
            description = "Planned",
            content = @Content(schema = @Schema(implementation = WorkOrderView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (all reported): unknown item, end before start,"
                    + " repeated sequence, inactive plant")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull ProductionRequests.Define body) {
        WorkOrderView created = workOrders.create(caller.get(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/work-orders/{id}")
                        .build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @PlantScoped
    @RequiresPermission(Permissions.PRODUCTION_READ)
    @Operation(
            summary = "List work orders",
            description = "Of the plants the caller may read. `sort`: number, planned_start, status, item_code,"
                    + " created_at, updated_at; '-' for descending.")
    @APIResponse(responseCode = "200", description = "A page of work orders")
    @APIResponse(responseCode = "400", description = "Invalid paging, filter or sort")
    public Page<WorkOrderView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @QueryParam("status") @Pattern(regexp = "planned|released|in_progress|completed|cancelled") String status,
            @QueryParam("item_code") @Size(max = 63) String itemCode,
            @QueryParam("plant_id") UUID plantId,
            @Parameter(description = "The number or notes contain this (any case)") @QueryParam("q") @Size(max = 200)
                    String q,
            @QueryParam("sort") @DefaultValue("-created_at") String sort) {
        return workOrders.list(new WorkOrderRepository.Filter(status, itemCode, plantId, q, null), sort, page, perPage);
    }

    @GET
    @Path("/{id}")
    @PlantScoped
    @RequiresPermission(Permissions.PRODUCTION_READ)
    @Operation(summary = "A work order, with its routing and output so far")
    @APIResponse(
            responseCode = "200",
            description = "The work order",
            content = @Content(schema = @Schema(implementation = WorkOrderView.class)))
    public WorkOrderView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return workOrders.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @PlantScoped
    @RequiresPermission(Permissions.PRODUCTION_WRITE)
    @Operation(summary = "Change a planned work order", description = "In full; only while planned.")
    @APIResponse(
            responseCode = "200",
            description = "The work order",
            content = @Content(schema = @Schema(implementation = WorkOrderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(responseCode = "409", description = TRANSITION_409)
    public WorkOrderView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull ProductionRequests.Define body) {
        return workOrders.change(caller.get(), id, body);
    }

    @POST
    @Path("/{id}/release")
    @PlantScoped
    @RequiresPermission(Permissions.PRODUCTION_WRITE)
    @Operation(
            summary = "Release a work order to the shop floor",
            description = "From planned. Operations with an active inspection plan for the item get an inspection.")
    @APIResponse(
            responseCode = "200",
            description = "Released",
            content = @Content(schema = @Schema(implementation = WorkOrderView.class)))
    @APIResponse(responseCode = "409", description = TRANSITION_409)
    public WorkOrderView release(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return workOrders.release(caller.get(), id);
    }

    @POST
    @Path("/{id}/complete")
    @PlantScoped
    @RequiresPermission(Permissions.PRODUCTION_WRITE)
    @Operation(summary = "Complete a work order", description = "From released or in_progress; no reports after.")
    @APIResponse(
            responseCode = "200",
            description = "Completed",
            content = @Content(schema = @Schema(implementation = WorkOrderView.class)))
    @APIResponse(responseCode = "409", description = TRANSITION_409)
    public WorkOrderView complete(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return workOrders.complete(caller.get(), id);
    }

    @POST
    @Path("/{id}/cancel")
    @PlantScoped
    @RequiresPermission(Permissions.PRODUCTION_WRITE)
    @Operation(summary = "Cancel a work order", description = "Until it is completed; what was reported stays.")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled",
            content = @Content(schema = @Schema(implementation = WorkOrderView.class)))
    @APIResponse(responseCode = "409", description = TRANSITION_409)
    public WorkOrderView cancel(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return workOrders.cancel(caller.get(), id);
    }
}
