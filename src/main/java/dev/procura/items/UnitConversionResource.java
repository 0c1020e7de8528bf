package dev.procura.items;

import dev.procura.items.UnitViews.ConversionView;
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
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/unit-conversions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Units of measure",
        description = "The tenant's units of measure (ea, box, kg), in which items and document lines count quantities")
@APIResponse(responseCode = "401", description = "No valid access token")
@APIResponse(responseCode = "404", description = "No such tenant or conversion, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class UnitConversionResource {

    @Inject
    UnitService units;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Add a global unit conversion",
            description = "1 `from_unit` = `factor` `to_unit`, both active units of one dimension; the inverse is"
                    + " implied. Units that other conversions already relate cannot be related again (the factor is"
                    + " implied or would contradict them). Conversions across dimensions belong to an item.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = ConversionView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (all reported), an unknown or inactive unit, or units of two dimensions")
    @APIResponse(
            responseCode = "409",
            description = "The units already convert into each other (`unit-conversion-conflict`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull UnitRequests.DefineConversion body) {
        ConversionView created = units.addConversion(caller.get(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/unit-conversions/{id}")
                        .build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(summary = "List the global unit conversions", description = "By from_unit, then to_unit.")
    @APIResponse(
            responseCode = "200",
            description = "Every global conversion",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ConversionView.class)))
    public List<ConversionView> list(@PathParam("tenantId") UUID tenantId) {
        return units.conversions();
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(summary = "A global unit conversion")
    @APIResponse(
            responseCode = "200",
            description = "The conversion",
            content = @Content(schema = @Schema(implementation = ConversionView.class)))
    public ConversionView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return units.conversion(id);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(summary = "Delete a global unit conversion")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        units.deleteConversion(caller.get(), id);
        return Response.noContent().build();
    }
}
