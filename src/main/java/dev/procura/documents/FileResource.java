package dev.procura.documents;

import dev.procura.documents.DocumentViews.FileDetailView;
import dev.procura.documents.DocumentViews.FileView;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/files")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Documents")
@APIResponse(responseCode = "404", description = "No such tenant or file, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class FileResource {

    @Inject
    DocumentService documents;

    @GET
    @RequiresPermission(Permissions.DOCUMENTS_READ)
    @Operation(summary = "Distinct stored contents of the tenant, with how many documents use each")
    @APIResponse(responseCode = "200", description = "A page of files")
    public Page<FileView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return documents.files(page, perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.DOCUMENTS_READ)
    @Operation(summary = "A file with the documents that use it")
    @APIResponse(responseCode = "200", description = "The file")
    public FileDetailView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return documents.file(id);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.DOCUMENTS_MANAGE)
    @Operation(summary = "Delete an orphan file and its object (admin)", description = "409 while documents use it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "Still used by documents")
    public Response delete(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        documents.deleteOrphanFile(id);
        return Response.noContent().build();
    }
}
