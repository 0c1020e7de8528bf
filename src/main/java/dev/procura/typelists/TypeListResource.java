package dev.procura.typelists;

import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.typelists.TypeListViews.TypeListDetails;
import dev.procura.typelists.TypeListViews.TypeListView;
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

@Path("/api/v1/tenants/{tenantId}/type-lists")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Type lists",
        description = "The tenant's taxonomies (NCR categories, defect codes, carriers…): coded values in order,"
                + " optionally in a hierarchy; used by choice custom fields and the modules")
@APIResponse(responseCode = "404", description = "No such tenant or type list, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class TypeListResource {

    @Inject
    TypeListService typeLists;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.CONFIG_MANAGE)
    @Operation(
            summary = "Define a type list",
            description = "The code is unique in the tenant; values are added after.")
    @APIResponse(
            responseCode = "201",
            description = "Defined",
            content = @Content(schema = @Schema(implementation = TypeListView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(responseCode = "409", description = "Another type list has the code (`type-list-code-taken`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull TypeListRequests.Define body) {
        TypeListView created = typeLists.create(caller.get(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/type-lists/{id}")
                        .build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.CONFIG_READ)
    @Operation(
            summary = "List type lists",
            description = "Filters: `code` (the code starts with), `q` (code or name contains). `sort`: code, name,"
                    + " created_at, updated_at; '-' for descending.")
    @APIResponse(responseCode = "200", description = "A page of type lists")
    public Page<TypeListView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "The code starts with this") @QueryParam("code") @Size(max = 63) String code,
            @Parameter(description = "The code or name contains this (any case)") @QueryParam("q") @Size(max = 200)
                    String q,
            @QueryParam("sort") @DefaultValue("code") String sort) {
        return typeLists.list(new TypeListRepository.Filter(code, q), sort, page, perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.CONFIG_READ)
    @Operation(summary = "A type list with its values", description = "Values in order: sort_order, then code.")
    @APIResponse(
            responseCode = "200",
            description = "The type list",
            content = @Content(schema = @Schema(implementation = TypeListDetails.class)))
    public TypeListDetails get(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Parameter(description = "true: only the active values") @QueryParam("active") @DefaultValue("false")
                    boolean activeOnly) {
        return typeLists.get(id, activeOnly);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.CONFIG_MANAGE)
    @Operation(summary = "Change a type list", description = "Code, name and description, in full; values stay.")
    @APIResponse(
            responseCode = "200",
            description = "The type list",
            content = @Content(schema = @Schema(implementation = TypeListView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(responseCode = "409", description = "Another type list has the code (`type-list-code-taken`)")
    public TypeListView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull TypeListRequests.Define body) {
        return typeLists.change(caller.get(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.CONFIG_MANAGE)
    @Operation(summary = "Delete a type list", description = "With all its values.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        typeLists.delete(caller.get(), id);
        return Response.noContent().build();
    }
}
