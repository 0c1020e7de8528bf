package dev.procura.costing;

import dev.procura.costing.CostingViews.PostingAccountsView;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/tenants/{tenantId}/posting-accounts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Landed cost and postings")
@APIResponse(responseCode = "404", description = "No such tenant, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class PostingAccountResource {

    @Inject
    PostingAccountService postingAccounts;

    @Inject
    CurrentCaller caller;

    @GET
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(
            summary = "The account of each posting role",
            description = "Roles: inventory, expense, grir_clearing, payables, price_variance, input_tax (bare tax"
                    + " rates and codes without an account), freight, duty, insurance, other_charges.")
    @APIResponse(
            responseCode = "200",
            description = "Assigned accounts and the roles still missing one",
            content = @Content(schema = @Schema(implementation = PostingAccountsView.class)))
    public PostingAccountsView get(@PathParam("tenantId") UUID tenantId) {
        return postingAccounts.get();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Assign accounts to posting roles",
            description = "By GL account code; each must be an active postable account. Roles left out keep their"
                    + " account. All or nothing.")
    @APIResponse(
            responseCode = "200",
            description = "Assigned accounts and the roles still missing one",
            content = @Content(schema = @Schema(implementation = PostingAccountsView.class)))
    @APIResponse(responseCode = "400", description = "An unknown role or an account that is not active and postable")
    public PostingAccountsView assign(
            @PathParam("tenantId") UUID tenantId, @Valid @NotNull ChargeRequests.Assign body) {
        return postingAccounts.assign(caller.get().userId(), body);
    }
}
