package dev.procura.documents;

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

@Path("/api/v1/admin/reconciliations")
@Produces(MediaType.APPLICATION_JSON)
@RequiresGroup(Caller.PLATFORM_ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Platform administration")
@APIResponse(responseCode = "403", description = "The caller is not a platform administrator")
public class FileReconciliationResource {

    @Inject
    FileReconciliationService reconciliations;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Reconcile stored files with S3 in every tenant",
            description =
                    "Starts the file-reconciliation batch job (it also runs on a schedule): objects without a row "
                            + "are deleted, rows without an object are removed with their documents.")
    @APIResponse(
            responseCode = "202",
            description = "Started; follow Location",
            headers =
                    @Header(
                            name = "Location",
                            required = true,
                            description = "Where the run's progress is read",
                            schema = @Schema(type = SchemaType.STRING, format = "uri-reference")),
            content = @Content(schema = @Schema(implementation = FileReconciliationService.RunView.class)))
    public Response start() {
        FileReconciliationService.RunView run = reconciliations.start();
        return Response.accepted(run)
                .location(UriBuilder.fromPath("/api/v1/admin/reconciliations/{id}")
                        .build(run.id()))
                .build();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A reconciliation run: status, counts found and repaired, per tenant")
    @APIResponse(responseCode = "200", description = "The run")
    @APIResponse(responseCode = "404", description = "No such run")
    public FileReconciliationService.RunView status(@PathParam("id") long id) {
        return reconciliations.status(id);
    }
}
