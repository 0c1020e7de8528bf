package dev.procura.audit;

import dev.procura.documents.DocumentViews.DocumentView;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's recent documents, read from their audit trail (a literal path: it wins over /documents/{id}). */
@Path("/api/v1/tenants/{tenantId}/documents/recent")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Documents")
@APIResponse(responseCode = "404", description = "No such tenant, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks documents:read, or the tenant is suspended or deleted")
public class RecentDocumentsResource {

    @Inject
    AuditService audit;

    @Inject
    CurrentCaller caller;

    @GET
    @RequiresPermission(Permissions.DOCUMENTS_READ)
    @Operation(
            summary = "My recent documents",
            description = "The documents I uploaded, changed or downloaded most recently, each once, most recent"
                    + " first; deleted ones are left out.")
    @APIResponse(responseCode = "200", description = "Up to `limit` documents")
    public List<DocumentView> recent(
            @PathParam("tenantId") UUID tenantId, @QueryParam("limit") @DefaultValue("10") @Min(1) @Max(50) int limit) {
        return audit.recentDocuments(tenantId, caller.get().userId(), limit);
    }
}
