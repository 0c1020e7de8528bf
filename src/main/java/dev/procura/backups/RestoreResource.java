package dev.procura.backups;

import dev.procura.backups.BackupViews.RestoreView;
import dev.procura.platform.security.Caller;
import dev.procura.platform.security.RequiresGroup;
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

/** Restores live under {@code …/restores}: {@code POST …/{id}/restore} already undeletes a soft-deleted tenant. */
@Path("/api/v1/admin/tenants/{id}/restores")
@Produces(MediaType.APPLICATION_JSON)
@RequiresGroup(Caller.PLATFORM_ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Platform administration")
@APIResponse(responseCode = "403", description = "The caller is not a platform administrator")
public class RestoreResource {

    @Inject
    RestoreService restores;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Restore a tenant from one of its backups",
            description = "The tenant turns read-only at once (writes get 409 tenant-read-only, reads work) until the"
                    + " tenant-restore job ends. The job builds a new database at the backup's schema, copies every"
                    + " table back, verifies row counts and digests, migrates it forward and switches the tenant to"
                    + " it; on any failure the tenant keeps its database. target in_place needs confirm = the"
                    + " tenant id.")
    @APIResponse(
            responseCode = "202",
            description = "Queued; follow Location",
            headers =
                    @Header(
                            name = "Location",
                            required = true,
                            description = "Where the restore's status is read",
                            schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(schema = @Schema(implementation = RestoreView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or in_place without the confirmation")
    @APIResponse(responseCode = "404", description = "No such tenant, or no such backup of it")
    @APIResponse(
            responseCode = "409",
            description = "The backup is not completed (backup-not-restorable), or the tenant is already read-only"
                    + " (tenant-read-only)")
    public Response start(@PathParam("id") UUID id, @Valid @NotNull BackupRequests.Restore request) {
        RestoreView restore = restores.start(id, request);
        return Response.accepted(restore)
                .location(UriBuilder.fromPath("/api/v1/admin/tenants/{id}/restores/{restoreId}")
                        .build(id, restore.id()))
                .build();
    }

    @GET
    @Operation(summary = "The tenant's restores, newest first")
    @APIResponse(responseCode = "200", description = "A page of restores")
    @APIResponse(responseCode = "404", description = "No such tenant")
    public Page<RestoreView> list(
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return restores.list(id, page, perPage);
    }

    @GET
    @Path("/{restoreId}")
    @Operation(summary = "One restore: status, the database it made, tables verified, rows, the failure reason")
    @APIResponse(responseCode = "200", description = "The restore")
    @APIResponse(responseCode = "404", description = "No such restore of this tenant")
    public RestoreView get(@PathParam("id") UUID id, @PathParam("restoreId") UUID restoreId) {
        return restores.get(id, restoreId);
    }
}
