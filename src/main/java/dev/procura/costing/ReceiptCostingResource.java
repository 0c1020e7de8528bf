package dev.procura.costing;

import dev.procura.costing.CostingViews.ChargeView;
import dev.procura.costing.CostingViews.JournalView;
import dev.procura.costing.CostingViews.LandedCostView;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/receipts/{receiptId}")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Landed cost and postings",
        description = "Charges on receipts, landed cost with the standard cost variance, and the GL journals a"
                + " receipt or an invoice would post (previews)")
@APIResponse(responseCode = "404", description = "No such tenant or receipt, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class ReceiptCostingResource {

    @Inject
    CostingService costing;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("/charges")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(
            summary = "Add a charge to a receipt",
            description = "Freight, duty, insurance or another cost of getting the goods in, in any active currency of"
                    + " the tenant, spread over the receipt's lines by value, quantity or weight (weights of every line"
                    + " given with the charge).")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = ChargeView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (all reported); a currency the tenant lacks; weights missing or for lines"
                    + " the receipt lacks; nothing to spread the charge over")
    @APIResponse(
            responseCode = "409",
            description = "No exchange rate into the tenant currency on the receipt's date (`no-exchange-rate`)")
    public Response addCharge(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("receiptId") UUID receiptId,
            @Valid @NotNull ChargeRequests.Add body) {
        ChargeView added = costing.addCharge(caller.get().userId(), receiptId, body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/receipts/{r}/charges/{id}")
                        .build(tenantId, receiptId, added.id()))
                .entity(added)
                .build();
    }

    @GET
    @Path("/charges")
    @RequiresPermission(Permissions.PURCHASING_READ)
    @Operation(summary = "The charges of a receipt", description = "In the order they were added.")
    @APIResponse(
            responseCode = "200",
            description = "The charges",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = ChargeView.class)))
    public List<ChargeView> charges(@PathParam("tenantId") UUID tenantId, @PathParam("receiptId") UUID receiptId) {
        return costing.charges(receiptId);
    }

    @DELETE
    @Path("/charges/{chargeId}")
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(summary = "Remove a charge from a receipt")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response removeCharge(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("receiptId") UUID receiptId,
            @PathParam("chargeId") UUID chargeId) {
        costing.removeCharge(caller.get().userId(), receiptId, chargeId);
        return Response.noContent().build();
    }

    @GET
    @Path("/landed-cost")
    @RequiresPermission(Permissions.PURCHASING_READ)
    @Operation(
            summary = "The landed cost of a receipt",
            description = "Each accepted line at the order's price plus its share of every charge (split to the last"
                    + " minor unit, largest remainders first), in the tenant currency at the rates of the received"
                    + " date; the unit cost per order unit, and the variance against the item's standard cost.")
    @APIResponse(
            responseCode = "200",
            description = "The landed cost",
            content = @Content(schema = @Schema(implementation = LandedCostView.class)))
    @APIResponse(
            responseCode = "409",
            description = "No exchange rate into the tenant currency on the received date (`no-exchange-rate`)")
    public LandedCostView landedCost(@PathParam("tenantId") UUID tenantId, @PathParam("receiptId") UUID receiptId) {
        return costing.landedCost(receiptId);
    }

    @GET
    @Path("/postings")
    @RequiresPermission(Permissions.PURCHASING_READ)
    @Operation(
            summary = "The journal the receipt would post",
            description = "Debit inventory (stock items) or expense (services) at the order price, credit GR/IR"
                    + " clearing; each charge's shares debited likewise against its accrual. In each line's"
                    + " currency, the account's and the tenant's, balanced to the cent. A preview: nothing is posted.")
    @APIResponse(
            responseCode = "200",
            description = "The journal",
            content = @Content(schema = @Schema(implementation = JournalView.class)))
    @APIResponse(
            responseCode = "409",
            description = "A posting role has no account (`posting-accounts-missing`), or no exchange rate"
                    + " (`no-exchange-rate`)")
    public JournalView postings(@PathParam("tenantId") UUID tenantId, @PathParam("receiptId") UUID receiptId) {
        return costing.receiptPostings(receiptId);
    }
}
