package dev.procura.backups;

import dev.procura.backups.BackupViews.PlacementView;
import dev.procura.platform.security.Caller;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.security.RequiresGroup;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Where a tenant's database lives and the server it is pinned to. */
@Path("/api/v1/admin/tenants/{id}/placement")
@Produces(MediaType.APPLICATION_JSON)
@RequiresGroup(Caller.PLATFORM_ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Platform administration")
@APIResponse(responseCode = "403", description = "The caller is not a platform administrator")
public class PlacementResource {

    @Inject
    PlacementService placements;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(
            summary = "Where the tenant's database lives and where it must live",
            description = "The server and database, the operator's pin, the plan's dedicated server, and whether the"
                    + " tenant is on the server it must live on (the operator's pin wins over the plan's).")
    @APIResponse(responseCode = "200", description = "The placement")
    @APIResponse(responseCode = "404", description = "No such tenant")
    public PlacementView get(@PathParam("id") UUID id) {
        return placements.get(id);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Pin the tenant to a server, or unpin it",
            description = "Records where the tenant must live; nothing moves. Pinning to a server the tenant does not"
                    + " live on yet leaves on_required_server false until a move takes it there; a move elsewhere is"
                    + " refused (409 tenant-pinned) unless it says pin true or false. Audited as tenant.pinned or"
                    + " tenant.unpinned.")
    @APIResponse(responseCode = "200", description = "The placement with the new pin")
    @APIResponse(responseCode = "400", description = "Invalid body, or a server that is not configured")
    @APIResponse(responseCode = "404", description = "No such tenant")
    public PlacementView pin(@PathParam("id") UUID id, @Valid @NotNull BackupRequests.Pin request) {
        return placements.pin(id, caller.get().userId(), request);
    }
}
