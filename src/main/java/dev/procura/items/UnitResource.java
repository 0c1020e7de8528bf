package dev.procura.items;

import dev.procura.items.UnitViews.UnitView;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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

@Path("/api/v1/tenants/{tenantId}/units")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Units of measure",
        description = "The tenant's units of measure (ea, box, kg), in which items and document lines count quantities")
@APIResponse(responseCode = "401", description = "No valid access token")
@APIResponse(responseCode = "404", description = "No such tenant or unit, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class UnitResource {

    @Inject
    UnitService units;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Add a unit of measure",
            description = "The code is unique in the tenant; `decimals` is how many fraction digits a quantity in"
                    + " the unit may have (conversions round to it).")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(responseCode = "409", description = "Another unit has the code (`unit-code-taken`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull UnitRequests.Define body) {
        UnitView created = units.create(caller.get(), body);
        return Response.created(
                        UriBuilder.fromPath("/api/v1/tenants/{t}/units/{id}").build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(
            summary = "List units of measure",
            description = "Filters: `q` (code or name contains), `dimension`, `active`. `sort`: code, name, dimension,"
                    + " created_at; '-' for descending.")
    @APIResponse(responseCode = "200", description = "A page of units")
    @APIResponse(responseCode = "400", description = "A filter or sort is invalid")
    public Page<UnitView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "The code or name contains this (any case)") @QueryParam("q") @Size(max = 200)
                    String q,
            @QueryParam("dimension") @Pattern(regexp = UnitRequests.DIMENSIONS) String dimension,
            @Parameter(description = "true: active units only; false: inactive ones only") @QueryParam("active")
                    Boolean active,
            @QueryParam("sort") @DefaultValue("code") String sort) {
        return units.list(new UnitRepository.Filter(q, dimension, active), sort, page, perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(summary = "A unit of measure")
    @APIResponse(
            responseCode = "200",
            description = "The unit",
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    public UnitView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return units.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Change a unit of measure",
            description = "In full. A unit in use keeps its code; `active: false` deactivates it (no new items or"
                    + " conversions use it).")
    @APIResponse(
            responseCode = "200",
            description = "The unit",
            content = @Content(schema = @Schema(implementation = UnitView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(
            responseCode = "409",
            description = "Another unit has the code (`unit-code-taken`), or a unit in use is renamed (`unit-in-use`)")
    public UnitView change(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @Valid @NotNull UnitRequests.Define body) {
        return units.change(caller.get(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Delete a unit of measure",
            description = "Only while no item, conversion or document line uses it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "The unit is in use (`unit-in-use`): deactivate it instead")
    public Response delete(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        units.delete(caller.get(), id);
        return Response.noContent().build();
    }
}
