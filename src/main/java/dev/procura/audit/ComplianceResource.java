package dev.procura.audit;

import dev.procura.conversions.ConversionService;
import dev.procura.conversions.ConversionViews.ConversionView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/compliance/report")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Audit")
@APIResponse(responseCode = "404", description = "No such tenant, or not a member")
@APIResponse(
        responseCode = "403",
        description = "Role lacks audit:read or conversions:run, or the tenant is suspended or deleted")
public class ComplianceResource {

    @Inject
    ConversionService conversions;

    @Inject
    CurrentCaller caller;

    @GET
    @RequiresPermission(Permissions.AUDIT_READ)
    @Operation(
            summary = "Make a compliance report",
            description = "Starts a conversion job making the report for the period (ISO dates in the tenant's"
                    + " calendar, both days included, at most 400 days): who held which role and role changes,"
                    + " privileged actions, successful and failed logins, locked accounts and revoked sessions,"
                    + " refused self-approvals, exports and downloads, configuration changes, and the audit chain's"
                    + " verification with its signed checkpoints. Poll the Location; download the file from the"
                    + " conversion when it is completed.")
    @APIResponse(
            responseCode = "202",
            description = "The report's conversion, queued; `Location` is its status",
            content = @Content(schema = @Schema(implementation = ConversionView.class)))
    @APIResponse(
            responseCode = "400",
            description = "from or to missing or not a date, to before from, or a"
                    + " period over 400 days, or a format other than pdf or xlsx")
    public Response report(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("format") @DefaultValue("pdf") String format) {
        LocalDate start = date("from", from);
        LocalDate end = date("to", to);
        if (end.isBefore(start)) {
            throw new Failure.InvalidInput("to", "must not be before from");
        }
        if (end.minusDays(400).isAfter(start)) {
            throw new Failure.InvalidInput("to", "a report covers at most 400 days");
        }
        if (!format.equals("pdf") && !format.equals("xlsx")) {
            throw new Failure.InvalidInput("format", "must be pdf or xlsx");
        }
        ConversionView conversion = conversions.startComplianceReport(caller.get(), from, to, format);
        return Response.accepted(conversion)
                .location(UriBuilder.fromPath("/api/v1/tenants/{t}/conversions/{id}")
                        .build(tenantId, conversion.id()))
                .build();
    }

    private static LocalDate date(String field, String value) {
        if (value == null || value.length() != 10) {
            throw new Failure.InvalidInput(field, "must be an ISO date (2026-12-06)");
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeException e) {
            throw new Failure.InvalidInput(field, "must be an ISO date (2026-12-06)");
        }
    }
}
