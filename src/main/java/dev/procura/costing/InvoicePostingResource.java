package dev.procura.costing;

import dev.procura.costing.CostingViews.JournalView;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/invoices/{invoiceId}/postings")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Landed cost and postings")
public class InvoicePostingResource {

    @Inject
    CostingService costing;

    @GET
    @RequiresPermission(Permissions.PURCHASING_READ)
    @Operation(
            summary = "The journal the invoice would post",
            description = "Per line of an item on the order: debit GR/IR clearing at the ordered price and the rest"
                    + " of the net to price variance (a credit when cheaper); other lines to inventory or expense."
                    + " Recoverable tax (the tax code's share) to the code's input tax account, the rest as a cost of"
                    + " the line; credit payables with the gross. In the invoice currency, the account's and the"
                    + " tenant's at the invoice date's rates, balanced to the cent. A preview: nothing is posted.")
    @APIResponse(
            responseCode = "200",
            description = "The journal",
            content = @Content(schema = @Schema(implementation = JournalView.class)))
    @APIResponse(responseCode = "404", description = "No such tenant or invoice, or not a member")
    @APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
    @APIResponse(
            responseCode = "409",
            description = "A posting role has no account (`posting-accounts-missing`), a line's tax code does not apply"
                    + " on the invoice date (`tax-code-not-applicable`), or no exchange rate (`no-exchange-rate`)")
    public JournalView postings(@PathParam("tenantId") UUID tenantId, @PathParam("invoiceId") UUID invoiceId) {
        return costing.invoicePostings(invoiceId);
    }
}
