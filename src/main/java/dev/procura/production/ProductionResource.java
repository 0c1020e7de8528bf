package dev.procura.production;

import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantScoped;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Params;
import dev.procura.production.ProductionViews.FpyReport;
import dev.procura.production.ProductionViews.OeeReport;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Size;
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

@Path("/api/v1/tenants/{tenantId}/production")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Production figures", description = "OEE per work centre and first-pass yield, from shop-floor reports")
@APIResponse(responseCode = "404", description = "No such tenant, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks production:read")
@APIResponse(
        responseCode = "400",
        description = "from or to not an ISO date, from after to, or a period over 3660 days")
public class ProductionResource {

    @Inject
    ProductionFigures figures;

    @GET
    @Path("/oee")
    @PlantScoped
    @RequiresPermission(Permissions.PRODUCTION_READ)
    @Operation(
            summary = "OEE per work centre",
            description = "availability × performance × quality over the confirmations and downtime dated in the"
                    + " period (default: the 30 days to today), of the work orders at plants the caller may read;"
                    + " with every input, and downtime per reason.")
    @APIResponse(
            responseCode = "200",
            description = "One entry per work centre with reports in the period",
            content = @Content(schema = @Schema(implementation = OeeReport.class)))
    public OeeReport oee(
            @PathParam("tenantId") UUID tenantId,
            @Parameter(description = "First day, ISO 8601") @QueryParam("from") String from,
            @Parameter(description = "Last day (included), ISO 8601") @QueryParam("to") String to,
            @QueryParam("work_centre") @Size(max = 63) String workCentre,
            @QueryParam("plant_id") UUID plantId) {
        return figures.oee(scope(from, to, plantId), workCentre);
    }

    @GET
    @Path("/fpy")
    @PlantScoped
    @RequiresPermission(Permissions.PRODUCTION_READ)
    @Operation(
            summary = "First-pass yield per item and operation",
            description = "Units passing first time over units entering, per item and operation, from the"
                    + " confirmations dated in the period (default: the 30 days to today); and per item the rolled"
                    + " throughput yield, the product of its operations' yields.")
    @APIResponse(
            responseCode = "200",
            description = "The yields",
            content = @Content(schema = @Schema(implementation = FpyReport.class)))
    public FpyReport fpy(
            @PathParam("tenantId") UUID tenantId,
            @Parameter(description = "First day, ISO 8601") @QueryParam("from") String from,
            @Parameter(description = "Last day (included), ISO 8601") @QueryParam("to") String to,
            @QueryParam("item_code") @Size(max = 63) String itemCode,
            @QueryParam("operation") @Size(max = 40) String operation,
            @QueryParam("plant_id") UUID plantId) {
        return figures.fpy(scope(from, to, plantId), itemCode, operation);
    }

    private static ProductionFigures.Scope scope(String from, String to, UUID plantId) {
        return new ProductionFigures.Scope(Params.date("from", from), Params.date("to", to), plantId);
    }
}
