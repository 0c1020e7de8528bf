package dev.procura.labels;

import dev.procura.labels.LabelViews.TemplateView;
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

@Path("/api/v1/tenants/{tenantId}/barcodes/templates")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Barcode labels")
@APIResponse(responseCode = "404", description = "No such tenant or template, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class LabelTemplateResource {

    private static final String TEMPLATE_PATH = "/api/v1/tenants/{t}/barcodes/templates/{id}";

    @Inject
    LabelTemplateService templates;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.LOGISTICS_WRITE)
    @Operation(
            summary = "Define a label template",
            description = "`page` `sheet`: an A4 sheet of `columns` x `rows` labels; `label`: one label per page of"
                    + " `width_mm` x `height_mm`. `fields`: the texts printed beside the symbols; `symbologies`: the"
                    + " symbols when a request names none; `digital_link_base`: the base of the QR codes' GS1 Digital"
                    + " Link URIs (https://id.procura.dev by default).")
    @APIResponse(
            responseCode = "201",
            description = "Defined",
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(responseCode = "409", description = "Another template has the name (label-template-name-taken)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull LabelRequests.Define body) {
        TemplateView created = templates.create(caller.get(), body);
        return Response.created(UriBuilder.fromPath(TEMPLATE_PATH).build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.LOGISTICS_READ)
    @Operation(
            summary = "List the tenant's label templates",
            description = "By name. Without a template, jobs use the built-in one: an A4 sheet of 2 x 5 labels with"
                    + " GS1-128 and QR.")
    @APIResponse(responseCode = "200", description = "A page of templates")
    public Page<TemplateView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return templates.list(page, perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.LOGISTICS_READ)
    @Operation(summary = "A label template")
    @APIResponse(
            responseCode = "200",
            description = "The template",
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    public TemplateView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return templates.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.LOGISTICS_WRITE)
    @Operation(
            summary = "Change a label template",
            description = "The whole definition, as on create. Jobs already made keep the template as it was.")
    @APIResponse(
            responseCode = "200",
            description = "Changed",
            content = @Content(schema = @Schema(implementation = TemplateView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(responseCode = "409", description = "Another template has the name (label-template-name-taken)")
    public TemplateView change(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @Valid @NotNull LabelRequests.Define body) {
        return templates.change(caller.get(), id, body);
    }
}
