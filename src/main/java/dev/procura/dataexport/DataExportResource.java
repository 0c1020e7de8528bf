package dev.procura.dataexport;

import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

@Path("/api/v1/tenants/{tenantId}/exports")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Data export",
        description = "A ZIP of all of the tenant's data (JSON per table, the stored files, a manifest) for its admins")
@APIResponse(responseCode = "404", description = "No such tenant or export, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks tenant:export, or the tenant is suspended or deleted")
public class DataExportResource {

    @Inject
    DataExportService exports;

    @Inject
    CurrentCaller caller;

    @POST
    @RequiresPermission(Permissions.TENANT_EXPORT)
    @Operation(
            summary = "Export all of the tenant's data",
            description = "Starts a job that writes a ZIP to the object store: one JSON file per table of the"
                    + " tenant's database (rows as objects, one consistent snapshot), the stored files under"
                    + " files/, and manifest.json with the counts. Poll the Location; the requester is told"
                    + " (download_ready) when it is ready. No body.")
    @APIResponse(
            responseCode = "202",
            description = "Queued; `Location` is its status",
            content = @Content(schema = @Schema(implementation = DataExportView.class)))
    @APIResponse(responseCode = "503", description = "The tenant's database or the object store is unavailable")
    public Response request(@PathParam("tenantId") UUID tenantId) {
        DataExportView export = exports.request(caller.get());
        return Response.accepted(export)
                .location(
                        UriBuilder.fromPath("/api/v1/tenants/{t}/exports/{id}").build(tenantId, export.id()))
                .build();
    }

    @GET
    @Path("/{exportId}")
    @RequiresPermission(Permissions.TENANT_EXPORT)
    @Operation(
            summary = "Where an export stands",
            description = "Status, counts and size; once completed, a presigned download URL of the ZIP.")
    @APIResponse(
            responseCode = "200",
            description = "The export",
            content = @Content(schema = @Schema(implementation = DataExportView.class)))
    public DataExportView get(@PathParam("tenantId") UUID tenantId, @PathParam("exportId") UUID exportId) {
        return exports.get(exportId);
    }
}
