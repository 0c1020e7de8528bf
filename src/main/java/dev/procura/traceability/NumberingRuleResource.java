package dev.procura.traceability;

import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.traceability.TraceabilityViews.NumberingRulesView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/traceability/numbering-rules")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Traceability", description = "Lots, serial numbers, their numbering, genealogy and recall simulations")
@APIResponse(responseCode = "404", description = "No such tenant or rule, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class NumberingRuleResource {

    @Inject
    NumberingRuleService rules;

    @PUT
    @Path("/{itemCode}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.TRACEABILITY_WRITE)
    @Operation(
            summary = "Set an item's numbering rules",
            description = "In full: the lot rule and the serial rule (a part left out removes that rule). A"
                    + " number is prefix + the tenant's today in the date pattern + the sequence, zero-padded; the"
                    + " sequence restarts at 1 when the date part changes and is kept through a change. Needs"
                    + " traceability:write tenant-wide.")
    @APIResponse(
            responseCode = "200",
            description = "The rules",
            content = @Content(schema = @Schema(implementation = NumberingRulesView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (all reported): no such active item, a date pattern of other letters,"
                    + " a GS1 rule longer than 20 characters or outside character set 82")
    public NumberingRulesView define(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("itemCode") String itemCode,
            @Valid @NotNull TraceabilityRequests.NumberingRules body) {
        return rules.define(itemCode, body);
    }

    @GET
    @RequiresPermission(Permissions.TRACEABILITY_READ)
    @Operation(summary = "List numbering rules", description = "One entry per item with a rule, by item code.")
    @APIResponse(responseCode = "200", description = "A page of items' rules")
    public Page<NumberingRulesView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return rules.list(page, perPage);
    }

    @GET
    @Path("/{itemCode}")
    @RequiresPermission(Permissions.TRACEABILITY_READ)
    @Operation(summary = "An item's numbering rules")
    @APIResponse(
            responseCode = "200",
            description = "The rules",
            content = @Content(schema = @Schema(implementation = NumberingRulesView.class)))
    public NumberingRulesView get(@PathParam("tenantId") UUID tenantId, @PathParam("itemCode") String itemCode) {
        return rules.get(itemCode);
    }

    @DELETE
    @Path("/{itemCode}")
    @RequiresPermission(Permissions.TRACEABILITY_WRITE)
    @Operation(summary = "Remove an item's numbering rules", description = "Numbers already given stay.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response delete(@PathParam("tenantId") UUID tenantId, @PathParam("itemCode") String itemCode) {
        rules.delete(itemCode);
        return Response.noContent().build();
    }
}
