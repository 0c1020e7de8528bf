package dev.procura.imports;

import dev.procura.imports.ImportViews.EntityView;
import dev.procura.imports.ImportViews.ImportView;
import dev.procura.imports.ImportViews.RejectionView;
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
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/imports")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Imports",
        description = "Bulk imports of master data from uploaded CSV, XLSX or JSON documents, run as batch jobs"
                + " with a report of every rejected row")
@APIResponse(responseCode = "404", description = "No such tenant or import, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class ImportResource {

    @Inject
    ImportService imports;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Import master data from a document",
            description = "Upload the file first (POST /documents), then name it here. The first row names the"
                    + " columns (GET /imports/entities lists them; samples/imports/ has a file per master). Every row"
                    + " is checked with the same rules as the master's API; a rejected row is reported with each"
                    + " field's error and does not stop the others. Rows are written a chunk at a time: follow the"
                    + " Location until `status` is completed or failed. A file that cannot be read or names an"
                    + " unknown column fails as a whole.")
    @APIResponse(
            responseCode = "202",
            description = "Queued; Location is the import",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (all reported): no such master, or the document is not a CSV, XLSX or"
                    + " JSON document of the tenant")
    public Response start(@PathParam("tenantId") UUID tenantId, @Valid @NotNull ImportRequests.Start body) {
        ImportView started = imports.start(caller.get(), body);
        return Response.accepted(started)
                .location(
                        UriBuilder.fromPath("/api/v1/tenants/{t}/imports/{id}").build(tenantId, started.id()))
                .build();
    }

    @GET
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(summary = "List imports", description = "Newest first. Filters: `entity`, `status`.")
    @APIResponse(responseCode = "200", description = "A page of imports")
    @APIResponse(responseCode = "400", description = "Invalid paging or filter")
    public Page<ImportView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "Only imports of this master") @QueryParam("entity") @Size(max = 63) String entity,
            @Parameter(description = "Only imports in this status")
                    @QueryParam("status")
                    @Pattern(regexp = "queued|running|completed|failed")
                    String status) {
        return imports.list(entity, status, page, perPage);
    }

    @GET
    @Path("/entities")
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(summary = "The masters imports can write, with their columns")
    @APIResponse(responseCode = "200", description = "Every importable master, by name")
    public List<EntityView> entities(@PathParam("tenantId") UUID tenantId) {
        return imports.entities();
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(summary = "An import: its status and what became of its rows")
    @APIResponse(
            responseCode = "200",
            description = "The import",
            content = @Content(schema = @Schema(implementation = ImportView.class)))
    public ImportView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return imports.get(id);
    }

    @GET
    @Path("/{id}/rejections")
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(
            summary = "The rejected rows of an import",
            description = "One entry per field error, by file row (1 is the row below the header).")
    @APIResponse(responseCode = "200", description = "A page of field errors")
    @APIResponse(responseCode = "400", description = "Invalid paging")
    public Page<RejectionView> rejections(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return imports.rejections(id, page, perPage);
    }
}
