package dev.procura.backups;

import dev.procura.backups.BackupViews.MoveView;
import dev.procura.platform.security.Caller;
import dev.procura.platform.security.RequiresGroup;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
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

/** Asks for a move of the tenant's database; {@link MoveStatusResource} reads how it goes. */
@Path("/api/v1/admin/tenants/{id}/move")
@Produces(MediaType.APPLICATION_JSON)
@RequiresGroup(Caller.PLATFORM_ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Platform administration")
@APIResponse(responseCode = "403", description = "The caller is not a platform administrator")
public class MoveResource {

    @Inject
    MoveService moves;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Move the tenant's database to another PostgreSQL server",
            description = "The tenant turns read-only at once (writes get 409 tenant-read-only with reason move,"
                    + " reads work) until the tenant-move job ends. The job takes a backup of the tenant, restores"
                    + " it into a new database on the named server, verifies row counts and digests, switches the"
                    + " tenant there and drops the old database; on any failure the tenant stays where it was.")
    @APIResponse(
            responseCode = "202",
            description = "Queued; follow Location",
            headers =
                    @Header(
                            name = "Location",
                            required = true,
                            description = "Where the move's status is read",
                            schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(schema = @Schema(implementation = MoveView.class)))
    @APIResponse(responseCode = "400", description = "Invalid body, or a server that is not configured")
    @APIResponse(responseCode = "404", description = "No such tenant")
    @APIResponse(
            responseCode = "409",
            description = "The tenant already lives on that server (already-on-server), or is already read-only"
                    + " (tenant-read-only)")
    public Response start(@PathParam("id") UUID id, @Valid @NotNull BackupRequests.Move request) {
        MoveView move = moves.start(id, request);
        return Response.accepted(move)
                .location(UriBuilder.fromPath("/api/v1/admin/tenants/{id}/moves/{moveId}")
                        .build(id, move.id()))
                .build();
    }
}
