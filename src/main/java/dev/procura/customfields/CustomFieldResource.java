package dev.procura.customfields;

import dev.procura.customfields.CustomFieldViews.CustomFieldView;
import dev.procura.customfields.CustomFieldViews.Removal;
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

@Path("/api/v1/tenants/{tenantId}/custom-fields")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Custom fields",
        description =
                "Fields the tenant adds to its records (supplier, purchase_order, rfq, quote, invoice,"
                        + " document): values travel in the record's body as `custom_fields`, are checked on every write,"
                        + " and lists filter (`cf.<key>=`, `cf.<key>.from=`, `cf.<key>.to=`) and sort (`sort=cf.<key>`) on them")
@APIResponse(responseCode = "404", description = "No such tenant or custom field, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class CustomFieldResource {

    @Inject
    CustomFieldService customFields;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.CONFIG_MANAGE)
    @Operation(
            summary = "Define a custom field",
            description = "A row, never DDL: a record type takes up to 1000 live fields. `indexed` (at most 20 per"
                    + " record type) adds an expression index for filters and sorts. The plan's custom field limit"
                    + " counts every live field.")
    @APIResponse(
            responseCode = "201",
            description = "Defined",
            content = @Content(schema = @Schema(implementation = CustomFieldView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (all reported), including a default value the field would refuse")
    @APIResponse(
            responseCode = "409",
            description = "The record type has a field with the key (`custom-field-key-taken`), has no room"
                    + " (`custom-field-limit`), or the plan's limit is reached (`quota-exceeded`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull CustomFieldRequests.Define body) {
        CustomFieldView created = customFields.create(tenantId, caller.get(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/custom-fields/{id}")
                        .build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.CONFIG_READ)
    @Operation(
            summary = "List custom fields",
            description = "Filters: `entity_type`, `q` (key or label contains), `archived=true` to include archived"
                    + " fields. `sort`: sort_order (default), key, label, created_at; '-' for descending.")
    @APIResponse(responseCode = "200", description = "A page of custom fields")
    @APIResponse(responseCode = "400", description = "Unknown entity type or sort")
    public Page<CustomFieldView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "Only this record type's fields")
                    @QueryParam("entity_type")
                    @Pattern(regexp = "[a-z_]{1,40}")
                    String entityType,
            @Parameter(description = "The key or label contains this (any case)") @QueryParam("q") @Size(max = 200)
                    String q,
            @Parameter(description = "true: archived fields too") @QueryParam("archived") @DefaultValue("false")
                    boolean archived,
            @QueryParam("sort") @DefaultValue("sort_order") String sort) {
        return customFields.list(new CustomFieldRepository.Filter(entityType, archived, q), sort, page, perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.CONFIG_READ)
    @Operation(summary = "A custom field")
    @APIResponse(
            responseCode = "200",
            description = "The custom field",
            content = @Content(schema = @Schema(implementation = CustomFieldView.class)))
    public CustomFieldView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return customFields.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.CONFIG_MANAGE)
    @Operation(
            summary = "Change a custom field",
            description = "In full; `entity_type`, `key` and `type` must stay as they are. Values already stored are"
                    + " not re-checked; the next write of a record checks them. `active: true` brings an archived"
                    + " field back with its values.")
    @APIResponse(
            responseCode = "200",
            description = "The custom field",
            content = @Content(schema = @Schema(implementation = CustomFieldView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (all reported), or entity type, key or type changed")
    @APIResponse(
            responseCode = "409",
            description = "No room for another live or indexed field (`custom-field-limit`, `quota-exceeded`)")
    public CustomFieldView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull CustomFieldRequests.Define body) {
        return customFields.change(tenantId, caller.get(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.CONFIG_MANAGE)
    @Operation(
            summary = "Delete a custom field",
            description = "Deleted when no record holds a value; otherwise archived (values kept, hidden from every"
                    + " view) unless `purge=true`, which removes the values from every record with the field.")
    @APIResponse(
            responseCode = "200",
            description = "What happened",
            content = @Content(schema = @Schema(implementation = Removal.class)))
    public Removal delete(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Parameter(description = "true: remove the field's values from every record and the field with them")
                    @QueryParam("purge")
                    @DefaultValue("false")
                    boolean purge) {
        return customFields.delete(tenantId, caller.get(), id, purge);
    }
}
