package dev.procura.engineering;

import dev.procura.engineering.BomViews.BomView;
import dev.procura.engineering.BomViews.ExplosionView;
import dev.procura.engineering.BomViews.LineView;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantScoped;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Params;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/projects/{projectId}/bom")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Project engineering",
        description = "A project's bill of materials (exploded and costed), change orders and drawing approvals")
@APIResponse(
        responseCode = "404",
        description = "No such tenant, project or line, not a member, or the project is at a plant the caller does"
                + " not read")
@APIResponse(
        responseCode = "403",
        description = "Role lacks the permission (or holds it only at other plants), or the tenant is suspended or"
                + " deleted")
public class BomResource {

    private static final BigDecimal MAX_QUANTITY = new BigDecimal("1000000000");

    @Inject
    BomService bom;

    @Inject
    BomProcurement procurement;

    @Inject
    CurrentCaller caller;

    @GET
    @RequiresPermission(Permissions.PROJECTS_READ)
    @PlantScoped
    @Operation(summary = "A project's BOM", description = "Every line, top lines and children, by position.")
    @APIResponse(
            responseCode = "200",
            description = "The BOM",
            content = @Content(schema = @Schema(implementation = BomView.class)))
    public BomView bom(@PathParam("tenantId") UUID tenantId, @PathParam("projectId") UUID projectId) {
        return bom.bom(projectId);
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(
            summary = "Add a line to a project's BOM",
            description = "Under a make line of the project (`parent_id`) or at the top. The item is one of the item"
                    + " master, the unit converts to its base unit; positions are unique among siblings.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = LineView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    public Response add(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("projectId") UUID projectId,
            @Valid @NotNull BomRequests.Line body) {
        LineView added = bom.add(caller.get(), projectId, body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/projects/{p}/bom/{id}")
                        .build(tenantId, projectId, added.id()))
                .entity(added)
                .build();
    }

    @GET
    @Path("/{lineId}")
    @RequiresPermission(Permissions.PROJECTS_READ)
    @PlantScoped
    @Operation(summary = "A BOM line")
    @APIResponse(
            responseCode = "200",
            description = "The line",
            content = @Content(schema = @Schema(implementation = LineView.class)))
    public LineView line(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("projectId") UUID projectId,
            @PathParam("lineId") UUID lineId) {
        return bom.line(projectId, lineId);
    }

    @DELETE
    @Path("/{lineId}")
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(summary = "Remove a BOM line", description = "With every line under it.")
    @APIResponse(responseCode = "204", description = "Removed")
    public Response remove(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("projectId") UUID projectId,
            @PathParam("lineId") UUID lineId) {
        bom.remove(caller.get(), projectId, lineId);
        return Response.noContent().build();
    }

    @POST
    @Path("/procurement")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(
            summary = "Draft RFQs or purchase orders for the BOM's buy lines",
            description = "One action over the explosion for `quantity` projects: the buy lines' needs, summed per"
                    + " item in its base unit (3 decimals). `rfq`: one draft RFQ of every need, inviting the items'"
                    + " default suppliers. `purchase_order`: one draft order per default supplier, naming the"
                    + " project, at the project's plant, for `cost_center`, priced at the items' standard cost in"
                    + " `currency`. Needs without a default supplier (or a standard cost in the currency, for"
                    + " orders) are reported in `unbought`, not failed. The RFQs and orders capabilities validate,"
                    + " number and audit the drafts as their own; any refusal of theirs undoes the whole action.")
    @APIResponse(
            responseCode = "200",
            description = "What was drafted and what was not",
            content = @Content(schema = @Schema(implementation = ProcurementViews.ProcurementView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (all reported), or a draft the RFQs or orders capability refuses")
    @APIResponse(
            responseCode = "409",
            description = "A draft the orders capability refuses (e.g. a closed project's budget)")
    public ProcurementViews.ProcurementView procure(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("projectId") UUID projectId,
            @Valid @NotNull ProcurementRequests.Procurement body) {
        return procurement.procure(caller.get(), projectId, body);
    }

    @GET
    @Path("/explosion")
    @RequiresPermission(Permissions.PROJECTS_READ)
    @PlantScoped
    @Operation(
            summary = "The BOM exploded and costed",
            description = "Each line's total quantity is its quantity per parent times its parent's total (`quantity`"
                    + " at the top). Costs from the items' standard costs: a buy line (or a make line without"
                    + " children) costs its total in the base unit times the standard cost, a make line the sum of"
                    + " its children; per level, the sum of that level's lines. A line whose cost is unknown is"
                    + " flagged (`cost_missing`) and the lines above it are `cost_complete: false`.")
    @APIResponse(
            responseCode = "200",
            description = "The explosion",
            content = @Content(schema = @Schema(implementation = ExplosionView.class)))
    @APIResponse(responseCode = "400", description = "A quantity that is not a positive number")
    public ExplosionView explosion(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("projectId") UUID projectId,
            @Parameter(description = "The project quantity to explode (default 1)")
                    @QueryParam("quantity")
                    @DefaultValue("1")
                    String quantity) {
        BigDecimal exploded = Params.decimal("quantity", quantity, new BigDecimal("0.000001"), MAX_QUANTITY);
        return bom.explosion(projectId, exploded == null ? BigDecimal.ONE : exploded);
    }
}
