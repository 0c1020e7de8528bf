package dev.procura.audit;

import dev.procura.audit.AuditViews.EntryView;
import dev.procura.audit.AuditViews.VerificationView;
import dev.procura.platform.security.Caller;
import dev.procura.platform.security.RequiresGroup;
import dev.procura.platform.web.Page;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/audit")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@RequiresGroup(Caller.PLATFORM_ADMIN)
@Tag(name = "Platform administration")
@APIResponse(responseCode = "403", description = "Not a platform administrator")
public class PlatformAuditResource {

    @Inject
    AuditService audit;

    @Inject
    AuditRetention retention;

    @GET
    @Path("/logs")
    @Operation(
            summary = "Read the platform audit trail",
            description = "Tenant life (created, suspended, restored, destroyed, migrated), memberships and roles,"
                    + " and every security event (logins, failures, lockouts, logouts, revoked sessions), newest"
                    + " first. Filters as the tenant's /audit/logs; dates in UTC.")
    @APIResponse(responseCode = "200", description = "A page of entries")
    @APIResponse(responseCode = "400", description = "A filter that cannot be read")
    public Page<EntryView> logs(@Valid @BeanParam AuditFilterParams params) {
        return audit.platformLogs(params.filter(), params.page, params.perPage);
    }

    @POST
    @Path("/retention")
    @Operation(
            summary = "Run the audit retention now",
            description = "Starts the retention job (it also runs daily): every tenant's audit entries older than its"
                    + " retention (settings audit_retention_years, default 7) are purged, unless it is on legal hold;"
                    + " each purge is recorded in the chain (audit.purged). Poll the Location.")
    @APIResponse(
            responseCode = "202",
            description = "Started",
            content = @Content(schema = @Schema(implementation = AuditRetention.RunView.class)))
    public Response retention() {
        AuditRetention.RunView run = retention.start();
        return Response.accepted(run)
                .location(UriBuilder.fromPath("/api/v1/admin/audit/retention/{id}")
                        .build(run.id()))
                .build();
    }

    @GET
    @Path("/retention/{id}")
    @Operation(summary = "A retention run", description = "Its status: starting, started, completed, failed, …")
    @APIResponse(responseCode = "200", description = "The run")
    @APIResponse(responseCode = "404", description = "No such run of the retention job")
    public AuditRetention.RunView retentionRun(@PathParam("id") long id) {
        return retention.status(id);
    }

    @GET
    @Path("/verify")
    @Operation(
            summary = "Verify the platform chain",
            description = "As the tenant's /audit/verify, for the platform trail.")
    @APIResponse(responseCode = "200", description = "The verification")
    public VerificationView verify() {
        return audit.verifyPlatform();
    }
}
