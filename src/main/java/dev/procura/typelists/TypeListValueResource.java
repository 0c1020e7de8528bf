package dev.procura.typelists;

import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.typelists.TypeListViews.TypeListValueView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

@Path("/api/v1/tenants/{tenantId}/type-lists/{id}/values")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Type lists")
@APIResponse(responseCode = "404", description = "No such tenant, type list or value, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class TypeListValueResource {

    @Inject
    TypeListService typeLists;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.CONFIG_MANAGE)
    @Operation(
            summary = "Add a value to a type list",
            description = "The code is unique in the list. `parent_id` names a value of the same list.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = TypeListValueView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (all reported); `parent_id` not a value of this list")
    @APIResponse(
            responseCode = "409",
            description = "The list has a value with the code (`type-list-value-code-taken`)")
    public Response add(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull TypeListRequests.Value body) {
        TypeListValueView added = typeLists.addValue(caller.get(), id, body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/type-lists/{id}/values/{v}")
                        .build(tenantId, id, added.id()))
                .entity(added)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.CONFIG_READ)
    @Operation(
            summary = "A type list's values",
            description = "In order: sort_order, then code. Filters: `parent` (a value id: the values under it;"
                    + " `none`: the top-level values), `active=true` (only the active ones).")
    @APIResponse(responseCode = "200", description = "A page of values")
    public Page<TypeListValueView> list(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "A value id, or `none` for the top-level values") @QueryParam("parent")
                    String parent,
            @Parameter(description = "true: only the active values") @QueryParam("active") @DefaultValue("false")
                    boolean activeOnly) {
        return typeLists.values(id, parent, activeOnly, page, perPage);
    }

    @GET
    @Path("/{valueId}")
    @RequiresPermission(Permissions.CONFIG_READ)
    @Operation(summary = "One value of a type list")
    @APIResponse(
            responseCode = "200",
            description = "The value",
            content = @Content(schema = @Schema(implementation = TypeListValueView.class)))
    public TypeListValueView get(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @PathParam("valueId") UUID valueId) {
        return typeLists.value(id, valueId);
    }

    @PUT
    @Path("/{valueId}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.CONFIG_MANAGE)
    @Operation(
            summary = "Change a value",
            description = "In full, checked like a new one. `active: false` deactivates it: it is kept and still"
                    + " listed, marked inactive. A parent below the value itself (a cycle) is refused.")
    @APIResponse(
            responseCode = "200",
            description = "The value",
            content = @Content(schema = @Schema(implementation = TypeListValueView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (all reported); `parent_id` not a value of this list, the value itself or"
                    + " below it")
    @APIResponse(
            responseCode = "409",
            description = "The list has a value with the code (`type-list-value-code-taken`)")
    public TypeListValueView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @PathParam("valueId") UUID valueId,
            @Valid @NotNull TypeListRequests.Value body) {
        return typeLists.changeValue(caller.get(), id, valueId, body);
    }

    @DELETE
    @Path("/{valueId}")
    @RequiresPermission(Permissions.CONFIG_MANAGE)
    @Operation(summary = "Delete a value", description = "Only a value without values under it; else deactivate it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "Values sit under it (`type-list-value-has-children`): deactivate it instead")
    public Response delete(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @PathParam("valueId") UUID valueId) {
        typeLists.deleteValue(caller.get(), id, valueId);
        return Response.noContent().build();
    }
}
