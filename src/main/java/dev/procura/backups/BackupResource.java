package dev.procura.backups;

import dev.procura.backups.BackupViews.BackupView;
import dev.procura.platform.security.Caller;
import dev.procura.platform.security.RequiresGroup;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/tenants/{id}/backups")
@Produces(MediaType.APPLICATION_JSON)
@RequiresGroup(Caller.PLATFORM_ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Platform administration")
@APIResponse(responseCode = "403", description = "The caller is not a platform administrator")
public class BackupResource {

    @Inject
    BackupService backups;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Back up a tenant database now",
            description = "Starts the tenant-backup batch job: one consistent snapshot of every table (COPY, binary),"
                    + " compressed and encrypted with a fresh data key wrapped by the master key, stored in S3 under"
                    + " tenants/{id}/backups/{backupId}/ with a manifest. Follow Location for its progress.")
    @APIResponse(
            responseCode = "202",
            description = "Queued; follow Location",
            headers =
                    @Header(
                            name = "Location",
                            required = true,
                            description = "Where the backup's status is read",
                            schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(schema = @Schema(implementation = BackupView.class)))
    @APIResponse(responseCode = "404", description = "No such tenant")
    public Response start(@PathParam("id") UUID id) {
        BackupView backup = backups.start(id);
        return Response.accepted(backup)
                .location(UriBuilder.fromPath("/api/v1/admin/tenants/{id}/backups/{backupId}")
                        .build(id, backup.id()))
                .build();
    }

    @GET
    @Operation(summary = "The tenant's backups, newest first")
    @APIResponse(responseCode = "200", description = "A page of backups")
    @APIResponse(responseCode = "404", description = "No such tenant")
    public Page<BackupView> list(
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return backups.list(id, page, perPage);
    }

    @GET
    @Path("/{backupId}")
    @Operation(
            summary = "One backup",
            description = "Status (queued, running, completed, failed), schema version, tables with row counts and"
                    + " digests, sizes, the manifest's checksum, times; the reason when it failed.")
    @APIResponse(responseCode = "200", description = "The backup")
    @APIResponse(responseCode = "404", description = "No such backup of this tenant")
    public BackupView get(@PathParam("id") UUID id, @PathParam("backupId") UUID backupId) {
        return backups.get(id, backupId);
    }
}
