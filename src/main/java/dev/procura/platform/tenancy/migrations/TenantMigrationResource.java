package dev.procura.platform.tenancy.migrations;

import dev.procura.platform.security.Caller;
import dev.procura.platform.security.RequiresGroup;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/migrations")
@Produces(MediaType.APPLICATION_JSON)
@RequiresGroup(Caller.PLATFORM_ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Platform administration")
@APIResponse(responseCode = "403", description = "The caller is not a platform administrator")
public class TenantMigrationResource {

    @Inject
    TenantMigrationService migrations;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Migrate every tenant whose schema is behind",
            description = "Starts the partitioned tenant-migrations batch job and answers at once with its status URL. "
                    + "One broken tenant is recorded as failed; the others go on.")
    @APIResponse(
            responseCode = "202",
            description = "Started; follow Location",
            headers =
                    @Header(
                            name = "Location",
                            required = true,
                            description = "Where the run's progress is read",
                            schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(schema = @Schema(implementation = TenantMigrationService.RunView.class)))
    public Response start() {
        TenantMigrationService.RunView run = migrations.start();
        return Response.accepted(run)
                .location(UriBuilder.fromPath("/api/v1/admin/migrations/{id}").build(run.id()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A migration run: batch status and per-tenant outcome counts, with the failures")
    @APIResponse(responseCode = "200", description = "The run")
    @APIResponse(responseCode = "404", description = "No such run")
    public TenantMigrationService.RunView status(@PathParam("id") long id) {
        return migrations.status(id);
    }
}
