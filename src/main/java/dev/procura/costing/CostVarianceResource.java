package dev.procura.costing;

import dev.procura.costing.CostingViews.VariancesView;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Params;
import jakarta.inject.Inject;
import jakarta.validation.constraints.NotNull;
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

@Path("/api/v1/tenants/{tenantId}/cost-variances")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Landed cost and postings")
public class CostVarianceResource {

    @Inject
    CostVariances variances;

    @GET
    @RequiresPermission(Permissions.PURCHASING_READ)
    @Operation(
            summary = "Standard against actual cost per item",
            description = "Every receipt received in the period (both ends included), each line at its landed cost,"
                    + " against the item's standard cost of the same quantity, per item of the item master, in the"
                    + " tenant currency; quantities and unit costs per base unit.")
    @APIResponse(
            responseCode = "200",
            description = "The variance of each item received",
            content = @Content(schema = @Schema(implementation = VariancesView.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid from/to, or a period of too many receipts")
    @APIResponse(responseCode = "404", description = "No such tenant, or not a member")
    @APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
    @APIResponse(responseCode = "409", description = "No exchange rate for a receipt's date (`no-exchange-rate`)")
    public VariancesView report(
            @PathParam("tenantId") UUID tenantId,
            @Parameter(required = true, example = "2026-01-01") @QueryParam("from") @NotNull String from,
            @Parameter(required = true, example = "2026-03-31") @QueryParam("to") @NotNull String to,
            @Parameter(description = "Only this item") @QueryParam("item") @Size(max = 60) String item) {
        return variances.report(Params.date("from", from), Params.date("to", to), item);
    }
}
