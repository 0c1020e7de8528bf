package dev.procura.audit;

import dev.procura.audit.AuditViews.CheckpointView;
import dev.procura.audit.AuditViews.EntryView;
import dev.procura.audit.AuditViews.VerificationView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.BeanParam;
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

@Path("/api/v1/tenants/{tenantId}/audit")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Audit",
        description = "The tenant's append-only, hash-chained audit trail: who changed what, when, from where")
@APIResponse(responseCode = "404", description = "No such tenant, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks audit:read, or the tenant is suspended or deleted")
public class AuditResource {

    @Inject
    AuditService audit;

    @Inject
    CurrentCaller caller;

    @Inject
    TenantContext tenant;

    @GET
    @Path("/logs")
    @RequiresPermission(Permissions.AUDIT_READ)
    @Operation(
            summary = "Read the audit trail",
            description = "Newest first: the tenant's entries, the platform's entries about the tenant (members,"
                    + " roles, suspension, migrations) and its members' security events (logins, failures, lockouts,"
                    + " logouts, revoked sessions). Filters: `user_id`, `action` (exact, or a prefix ending in a"
                    + " dot: `document.`), `entity_type` and `entity_id`, `from`/`to` (ISO date in the tenant's"
                    + " calendar, `to` inclusive, or a date-time with offset). page × per_page ≤ 10,000.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "A filter that cannot be read, or a page beyond 10,000 entries")
    public Page<EntryView> logs(@PathParam("tenantId") UUID tenantId, @Valid @BeanParam AuditFilterParams params) {
        return audit.logs(tenantId, params.filter(), params.page, params.perPage);
    }

    @GET
    @Path("/logs/{userId}")
    @RequiresPermission(Permissions.TENANT_READ)
    @Operation(
            summary = "One person's activity",
            description = "Everything the member did here, and their security events, newest first. Everyone may"
                    + " read their own; anyone else's needs audit:read. Same filters as /audit/logs.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "A filter that cannot be read")
    @APIResponse(responseCode = "403", description = "Someone else's activity without audit:read (`forbidden`)")
    public Page<EntryView> person(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("userId") UUID userId,
            @Valid @BeanParam AuditFilterParams params) {
        if (!userId.equals(caller.get().userId()) && !tenant.permissions().contains(Permissions.AUDIT_READ)) {
            throw new Failure.Forbidden(ProblemType.FORBIDDEN, "Reading another member's activity needs audit:read");
        }
        return audit.logs(tenantId, params.filterOf(userId), params.page, params.perPage);
    }

    @GET
    @Path("/entities/{type}/{id}")
    @RequiresPermission(Permissions.AUDIT_READ)
    @Operation(
            summary = "The story of one record",
            description = "Every entry about the record (`purchase_order`, `document`, `supplier`, `member`, …), and"
                    + " every entry whose changes touched it (a line of an order), newest first.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "Not a record type")
    public Page<EntryView> entity(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("type") String type,
            @PathParam("id") String id,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return audit.entity(tenantId, type, id, page, perPage);
    }

    @GET
    @Path("/verify")
    @RequiresPermission(Permissions.AUDIT_READ)
    @Operation(
            summary = "Verify the chain",
            description = "Walks the tenant's whole chain: recomputes every entry's hashes, checks that each follows"
                    + " the one before and that every checkpoint is a valid signature of its entry. Reports the first"
                    + " break (an entry changed, removed or moved).")
    @APIResponse(responseCode = "200", description = "The verification, intact or with its first break")
    public VerificationView verify(@PathParam("tenantId") UUID tenantId) {
        return audit.verify(tenantId);
    }

    @GET
    @Path("/checkpoints")
    @RequiresPermission(Permissions.AUDIT_READ)
    @Operation(
            summary = "Signed checkpoints",
            description = "The newest signed chain heads, with the public key that verifies each.")
    @APIResponse(responseCode = "200", description = "Checkpoints, newest first")
    public List<CheckpointView> checkpoints(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(1000) int limit) {
        return audit.checkpoints(tenantId, limit);
    }
}
