package dev.procura.production;

import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantScoped;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.production.ProductionViews.OutputView;
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

/** Output of a work order: good units into a lot or serial numbers, and scrap. */
@Path("/api/v1/tenants/{tenantId}/work-orders/{id}/outputs")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Work orders")
@APIResponse(responseCode = "404", description = "No such tenant or work order, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or not at the order's plant")
public class OutputResource {

    @Inject
    ShopFloorService shopFloor;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @PlantScoped
    @RequiresPermission(Permissions.PRODUCTION_WRITE)
    @Operation(
            summary = "Report output",
            description =
                    "Good units go into the lot named (made when new), into serial numbers (one per unit), or into a lot numbered by the item's rule; scrap is counted only.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = OutputView.class)))
    @APIResponse(
            responseCode = "400",
            description =
                    "Invalid fields (all reported): nothing made, serials that do not match the good quantity, a lot or serial number taken")
    @APIResponse(responseCode = "409", description = WorkOrderResource.TRANSITION_409)
    public Response record(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull ProductionRequests.Produce body) {
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/work-orders/{id}/outputs")
                        .build(tenantId, id))
                .entity(shopFloor.produce(caller.get(), id, body))
                .build();
    }

    @GET
    @PlantScoped
    @RequiresPermission(Permissions.PRODUCTION_READ)
    @Operation(summary = "The order's output", description = "Oldest first.")
    @APIResponse(
            responseCode = "200",
            description = "The order's output",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = OutputView.class)))
    public List<OutputView> list(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return shopFloor.outputs(id);
    }
}
