package dev.procura.plans;

import dev.procura.plans.UsageViews.BillingExportView;
import dev.procura.plans.UsageViews.PlatformUsageView;
import dev.procura.platform.security.Caller;
import dev.procura.platform.security.RequiresGroup;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin")
@RequiresGroup(Caller.PLATFORM_ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Plans and usage")
@APIResponse(responseCode = "401", description = "Missing or invalid access token")
@APIResponse(responseCode = "403", description = "The caller is not a platform administrator")
public class AdminUsageResource {

    static final String CSV = "text/csv";

    @Inject
    UsageService usage;

    @Inject
    BillingExport billing;

    @GET
    @Path("/usage")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Every tenant's metered usage in a period",
            description = "Per tenant: the sum of each monthly meter and the highest daily reading of each count, for"
                    + " the calendar month (UTC) `period`, the current one when left out.")
    @APIResponse(responseCode = "200", description = "A page of tenants with their usage")
    @APIResponse(responseCode = "400", description = "`period` is not a past or current YYYY-MM")
    public Page<PlatformUsageView> usage(
            @QueryParam("period") String period,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return usage.ofPlatform(period, page, perPage);
    }

    @GET
    @Path("/billing/export")
    @Produces({MediaType.APPLICATION_JSON, CSV})
    @Operation(
            summary = "The billing lines of a period, as JSON or CSV",
            description = "One line per tenant and meter whose value is exactly the metered total, plus a subscription"
                    + " line for per-company and flat plans; `billable` marks the line the tenant's plan charges,"
                    + " with its amount. Each line is a meter event a billing provider takes as is: `identifier`"
                    + " (stable, for idempotency), `event_name`, `customer`, `value`, `timestamp`.")
    @APIResponse(
            responseCode = "200",
            description = "The export",
            content = {
                @Content(
                        mediaType = MediaType.APPLICATION_JSON,
                        schema = @Schema(implementation = BillingExportView.class)),
                @Content(mediaType = CSV)
            })
    @APIResponse(responseCode = "400", description = "`period` is not a past or current YYYY-MM, or an unknown format")
    public Response export(
            @QueryParam("period") String period,
            @QueryParam("format") @DefaultValue("json") @Pattern(regexp = "csv|json", message = "must be csv or json")
                    String format) {
        BillingExportView export = billing.of(period);
        if ("csv".equals(format)) {
            return Response.ok(BillingExport.csv(export), CSV + "; charset=UTF-8")
                    .header("Content-Disposition", "attachment; filename=\"billing-" + export.period() + ".csv\"")
                    .build();
        }
        return Response.ok(export, MediaType.APPLICATION_JSON).build();
    }
}
