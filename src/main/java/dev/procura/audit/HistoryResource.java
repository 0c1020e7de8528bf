package dev.procura.audit;

import dev.procura.audit.AuditViews.EntryView;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
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

@Path("/api/v1/tenants/{tenantId}/history")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Audit")
@APIResponse(responseCode = "404", description = "No such tenant, or not a member")
@APIResponse(responseCode = "403", description = "The tenant is suspended or deleted")
public class HistoryResource {

    @Inject
    AuditService audit;

    @Inject
    CurrentCaller caller;

    @GET
    @RequiresPermission(Permissions.TENANT_READ)
    @Operation(
            summary = "My timeline",
            description = "From the audit trail, newest first: what I did here, my security events, and what others"
                    + " did to the documents I uploaded.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "A page beyond 10,000 entries")
    public Page<EntryView> history(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return audit.history(tenantId, caller.get().userId(), page, perPage);
    }
}
