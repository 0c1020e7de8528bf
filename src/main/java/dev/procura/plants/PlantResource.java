package dev.procura.plants;

import dev.procura.plants.PlantViews.PlantView;
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

@Path("/api/v1/tenants/{tenantId}/plants")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Plants",
        description = "The tenant's plants (sites): purchase orders and receipts may belong to one, and roles may"
                + " be granted for some plants only")
@APIResponse(responseCode = "404", description = "No such tenant or plant, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class PlantResource {

    @Inject
    PlantService plants;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.CONFIG_MANAGE)
    @Operation(
            summary = "Add a plant",
            description = "The code is unique in the tenant; the time zone is an IANA zone.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = PlantView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported), or not an IANA time zone")
    @APIResponse(responseCode = "409", description = "Another plant has the code (`plant-code-taken`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull PlantRequests.Define body) {
        PlantView created = plants.create(caller.get(), body);
        return Response.created(
                        UriBuilder.fromPath("/api/v1/tenants/{t}/plants/{id}").build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.CONFIG_READ)
    @Operation(
            summary = "List plants",
            description = "Filters: `q` (code or name contains), `active`. `sort`: code, name, created_at,"
                    + " updated_at; '-' for descending.")
    @APIResponse(responseCode = "200", description = "A page of plants")
    public Page<PlantView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "The code or name contains this (any case)") @QueryParam("q") @Size(max = 200)
                    String q,
            @Parameter(description = "true: active plants only; false: inactive ones only") @QueryParam("active")
                    Boolean active,
            @QueryParam("sort") @DefaultValue("code") String sort) {
        return plants.list(new PlantRepository.Filter(q, active), sort, page, perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.CONFIG_READ)
    @Operation(summary = "A plant")
    @APIResponse(
            responseCode = "200",
            description = "The plant",
            content = @Content(schema = @Schema(implementation = PlantView.class)))
    public PlantView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return plants.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.CONFIG_MANAGE)
    @Operation(
            summary = "Change a plant",
            description = "In full. `active: false` deactivates it: its records stay readable, no new ones may"
                    + " be put there.")
    @APIResponse(
            responseCode = "200",
            description = "The plant",
            content = @Content(schema = @Schema(implementation = PlantView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported), or not an IANA time zone")
    @APIResponse(responseCode = "409", description = "Another plant has the code (`plant-code-taken`)")
    public PlantView change(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @Valid @NotNull PlantRequests.Define body) {
        return plants.change(caller.get(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.CONFIG_MANAGE)
    @Operation(summary = "Delete a plant", description = "Only while no record belongs to it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "Records belong to the plant (`plant-in-use`): deactivate it instead")
    public Response delete(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        plants.delete(caller.get(), id);
        return Response.noContent().build();
    }
}
