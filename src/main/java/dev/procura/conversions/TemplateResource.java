package dev.procura.conversions;

import dev.procura.conversions.TemplateViews.TemplateView;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/templates")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Templates",
        description = "What conversions take from a source type and how they lay it out; built-ins are read-only")
@APIResponse(responseCode = "404", description = "No such tenant or template, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class TemplateResource {

    @Inject
    TemplateService templates;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.TEMPLATES_MANAGE)
    @Operation(
            summary = "Define a template",
            description = "Checked against the source type's fields: unknown fields, bad expressions (with the"
                    + " position), unknown formats and totals on non-number columns are 400s.")
    @APIResponse(
            responseCode = "201",
            description = "Defined",
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "409", description = "Another template has that name (`template-name-taken`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull TemplateRequests.Define body) {
        TemplateView template = templates.create(caller.get(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/templates/{id}")
                        .build(tenantId, template.id()))
                .entity(template)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.CONVERSIONS_RUN)
    @Operation(
            summary = "List templates",
            description = "Built-ins first, then the tenant's by name. Filters: `source_type`, `format`.")
    @APIResponse(responseCode = "200", description = "A page of templates")
    public Page<TemplateView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @QueryParam("source_type") String sourceType,
            @QueryParam("format") String format) {
        return templates.list(sourceType, format, page, perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.CONVERSIONS_RUN)
    @Operation(summary = "A template")
    @APIResponse(responseCode = "200", description = "The template")
    public TemplateView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return templates.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.TEMPLATES_MANAGE)
    @Operation(summary = "Change a template", description = "In full, checked like a new one.")
    @APIResponse(responseCode = "200", description = "The template")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(
            responseCode = "409",
            description = "A built-in template (`built-in-template`), or another template has that name"
                    + " (`template-name-taken`)")
    public TemplateView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull TemplateRequests.Define body) {
        return templates.change(caller.get(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.TEMPLATES_MANAGE)
    @Operation(summary = "Delete a template", description = "Conversions already made with it keep their copy of it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "A built-in template (`built-in-template`)")
    public Response delete(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        templates.delete(caller.get(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/copy")
    @RequiresPermission(Permissions.TEMPLATES_MANAGE)
    @Operation(summary = "Copy a template", description = "An editable copy named after the original with \"(copy)\".")
    @APIResponse(
            responseCode = "201",
            description = "The copy",
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    public Response copy(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        TemplateView copy = templates.copy(caller.get(), id);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/templates/{id}")
                        .build(tenantId, copy.id()))
                .entity(copy)
                .build();
    }
}
