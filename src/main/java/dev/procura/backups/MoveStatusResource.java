package dev.procura.backups;

import dev.procura.backups.BackupViews.MoveView;
import dev.procura.platform.security.Caller;
import dev.procura.platform.security.RequiresGroup;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The tenant's moves between servers (asked for through {@link MoveResource}). */
@Path("/api/v1/admin/tenants/{id}/moves")
@Produces(MediaType.APPLICATION_JSON)
@RequiresGroup(Caller.PLATFORM_ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Platform administration")
@APIResponse(responseCode = "403", description = "The caller is not a platform administrator")
public class MoveStatusResource {

    @Inject
    MoveService moves;

    @GET
    @Operation(summary = "The tenant's moves, newest first")
    @APIResponse(responseCode = "200", description = "A page of moves")
    @APIResponse(responseCode = "404", description = "No such tenant")
    public Page<MoveView> list(
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return moves.list(id, page, perPage);
    }

    @GET
    @Path("/{moveId}")
    @Operation(summary = "One move: status, servers, the database it made, tables verified, rows, the failure reason")
    @APIResponse(responseCode = "200", description = "The move")
    @APIResponse(responseCode = "404", description = "No such move of this tenant")
    public MoveView get(@PathParam("id") UUID id, @PathParam("moveId") UUID moveId) {
        return moves.get(id, moveId);
    }
}
