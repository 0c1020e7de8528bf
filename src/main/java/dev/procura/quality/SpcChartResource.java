package dev.procura.quality;

import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.quality.SpcChartViews.ChartView;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/quality/spc-charts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "SPC charts", description = "Control charts and process capability of an inspection characteristic")
@APIResponse(responseCode = "404", description = "No such tenant or characteristic, or not a member")
@APIResponse(
        responseCode = "403",
        description = "Role lacks quality:read tenant-wide, or the tenant is suspended or deleted")
public class SpcChartResource {

    @Inject
    SpcChartService charts;

    @GET
    @RequiresPermission(Permissions.QUALITY_READ)
    @Operation(
            summary = "An SPC chart of a characteristic",
            description = "From the characteristic's measurements in the period (subgroups: an inspection's"
                    + " subgroup, in time order): centre lines and control limits with the standard constants,"
                    + " the points, Western Electric and Nelson rule violations, and for variables Cp, Cpk, Pp and"
                    + " Ppk. Default chart: xbar_r for subgroups, i_mr for single values, p for attributes.")
    @APIResponse(
            responseCode = "200",
            description = "The chart",
            content = @Content(schema = @Schema(implementation = ChartView.class)))
    @APIResponse(
            responseCode = "400",
            description = "A chart that does not fit the characteristic or its subgroups, no measurements in the"
                    + " period, or a bad date")
    public ChartView chart(
            @PathParam("tenantId") UUID tenantId,
            @Parameter(description = "A plan characteristic's id") @QueryParam("characteristic") @NotNull
                    UUID characteristic,
            @QueryParam("chart")
                    @Pattern(regexp = "xbar_r|xbar_s|i_mr|p|c", message = "must be xbar_r, xbar_s, i_mr, p or c")
                    String chart,
            @Parameter(
                            description =
                                    "A date (in the tenant's zone) or an instant; from the first measurement when left out")
                    @QueryParam("from")
                    String from,
            @Parameter(description = "A date (included) or an instant; now when left out") @QueryParam("to")
                    String to) {
        return charts.chart(characteristic, chart, from, to);
    }
}
