package dev.procura.items;

import dev.procura.items.ItemViews.ItemView;
import dev.procura.platform.customfields.CustomFieldDocs;
import dev.procura.platform.customfields.CustomFieldFilter;
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
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/items")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Items",
        description = "The tenant's items (materials and services): base unit, category, default supplier, cost,"
                + " plant data and their own unit conversions")
@APIResponse(responseCode = "401", description = "No valid access token")
@APIResponse(responseCode = "404", description = "No such tenant or item, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class ItemResource {

    private static final String RULES = "The code is unique in the tenant; `base_unit` an active unit; `category` an"
            + " active value of the type list `item_categories`; `default_supplier_id` an active supplier; each plant"
            + " of `plants` exists, at most once, with `safety_stock` at most `reorder_point`; each of `conversions`"
            + " names another active unit that the global conversions do not already relate to the base unit; a"
            + " service is neither lot- nor serial-tracked.";

    @Inject
    ItemService items;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(summary = "Add an item", description = RULES)
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or references (all reported)")
    @APIResponse(responseCode = "409", description = "Another item has the code (`item-code-taken`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull ItemRequests.Define body) {
        ItemView created = items.create(caller.get(), body);
        return Response.created(
                        UriBuilder.fromPath("/api/v1/tenants/{t}/items/{id}").build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(
            summary = "List items",
            description = "Filters: `q` (code or description contains), `type`, `category`, `active`,"
                    + " `default_supplier_id`. `sort`: code, description, type, category, lead_time_days, created_at,"
                    + " updated_at, cf.<key>; '-' for descending." + CustomFieldDocs.LISTS)
    @APIResponse(responseCode = "200", description = "A page of items")
    @APIResponse(responseCode = "400", description = "A filter or sort is invalid. " + CustomFieldDocs.BAD_FILTER)
    public Page<ItemView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "The code or description contains this (any case)")
                    @QueryParam("q")
                    @Size(max = 200)
                    String q,
            @QueryParam("type") @Pattern(regexp = ItemRequests.TYPES) String type,
            @QueryParam("category") @Size(max = 63) String category,
            @Parameter(description = "true: active items only; false: inactive ones only") @QueryParam("active")
                    Boolean active,
            @QueryParam("default_supplier_id") UUID defaultSupplierId,
            @QueryParam("sort") @DefaultValue("code") String sort,
            @Context UriInfo uri) {
        return items.list(
                new ItemRepository.Filter(q, type, category, active, defaultSupplierId),
                CustomFieldFilter.of(uri.getQueryParameters()),
                sort,
                page,
                perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(summary = "An item")
    @APIResponse(
            responseCode = "200",
            description = "The item",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    public ItemView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return items.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Change an item",
            description = "In full (custom fields: only the keys sent change). " + RULES
                    + " An item that document lines name keeps its code; `active: false` deactivates it.")
    @APIResponse(
            responseCode = "200",
            description = "The item",
            content = @Content(schema = @Schema(implementation = ItemView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or references (all reported)")
    @APIResponse(
            responseCode = "409",
            description = "Another item has the code (`item-code-taken`), or a named item is renamed (`item-in-use`)")
    public ItemView change(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @Valid @NotNull ItemRequests.Define body) {
        return items.change(caller.get(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(summary = "Delete an item", description = "Only while no document line names its code.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "Document lines name the item (`item-in-use`): deactivate it instead")
    public Response delete(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        items.delete(caller.get(), id);
        return Response.noContent().build();
    }
}
