package dev.procura.production;

import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantScoped;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.production.ProductionViews.DowntimeView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Downtime of a work order's operations, with reasons from the type list downtime_reason. */
@Path("/api/v1/tenants/{tenantId}/work-orders/{id}/downtimes")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Work orders")
@APIResponse(responseCode = "404", description = "No such tenant or work order, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or not at the order's plant")
public class DowntimeResource {

    @Inject
    ShopFloorService shopFloor;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PlantScoped
    @RequiresPermission(Permissions.PRODUCTION_WRITE)
    @Operation(
            summary = "Record downtime of an operation",
            description =
                    "Minutes the operation's work centre stood, with a reason of the type list `downtime_reason`.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = DowntimeView.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "Invalid fields (all reported), no such operation, a reason not in the type list, a day after today")
    @APIResponse(responseCode = "409", description = WorkOrderResource.TRANSITION_409)
    public Response record(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull ProductionRequests.Stoppage body) {
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/work-orders/{id}/downtimes")
                        .build(tenantId, id))
                .entity(shopFloor.stop(caller.get(), id, body))
                .build();
    }

    @GET
    @PlantScoped
    @RequiresPermission(Permissions.PRODUCTION_READ)
    @Operation(summary = "The order's downtime", description = "Oldest first.")
    @APIResponse(
            responseCode = "200",
            description = "The order's downtime",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = DowntimeView.class)))
    public List<DowntimeView> list(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return shopFloor.downtimes(id);
    }
}
