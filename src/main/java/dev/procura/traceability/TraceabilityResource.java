package dev.procura.traceability;

import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantScoped;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.traceability.TraceabilityViews.GenealogyView;
import dev.procura.traceability.TraceabilityViews.QuarantineView;
import dev.procura.traceability.TraceabilityViews.RecallView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/traceability")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Traceability")
@APIResponse(responseCode = "404", description = "No such tenant, unit or simulation, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class TraceabilityResource {

    @Inject
    GenealogyService genealogy;

    @Inject
    RecallService recalls;

    @GET
    @Path("/genealogy")
    @RequiresPermission(Permissions.TRACEABILITY_READ)
    @PlantScoped
    @Operation(
            summary = "A lot's or serial number's genealogy",
            description = "Nodes (lots and serial numbers with their quantities; suppliers and customers) and edges"
                    + " (from → to, the quantity consumed and the document). backward: what it was made from, back"
                    + " to the receipts (with their suppliers); forward: what it went into, on to the issues (with their customers)."
                    + " Every unit a work order consumed links to every unit it produced; rework cycles end, each"
                    + " edge once.")
    @APIResponse(
            responseCode = "200",
            description = "The graph",
            content = @Content(schema = @Schema(implementation = GenealogyView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Not exactly one of lot and serial, an unknown direction, a depth outside 1-50, or a"
                    + " number several items have without item_code")
    public GenealogyView genealogy(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("lot") @Size(max = 40) String lot,
            @QueryParam("serial") @Size(max = 40) String serial,
            @Parameter(description = "The item, when several have a unit of that number")
                    @QueryParam("item_code")
                    @Size(max = 60)
                    String itemCode,
            @Parameter(description = "backward, forward or both") @QueryParam("direction") @DefaultValue("both")
                    String direction,
            @Parameter(description = "Links followed at most, 1 to 50")
                    @QueryParam("depth")
                    @DefaultValue("10")
                    @Min(1)
                    @Max(50)
                    int depth) {
        return genealogy.of(lot, serial, itemCode, direction, depth);
    }

    @POST
    @Path("/recall-simulations")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.TRACEABILITY_READ)
    @Operation(
            summary = "Simulate a recall",
            description = "Of a lot, a serial number or a supplier lot (of one supplier, or all): every lot and"
                    + " serial number made from it, the work orders, issues and customers reached, and what is in"
                    + " stock against what was shipped. Saved with its result. Needs traceability:read"
                    + " tenant-wide.")
    @APIResponse(
            responseCode = "201",
            description = "Simulated and saved",
            content = @Content(schema = @Schema(implementation = RecallView.class)))
    @APIResponse(responseCode = "400", description = "Not exactly one of lot, serial and supplier_lot")
    public Response simulate(@PathParam("tenantId") UUID tenantId, @Valid @NotNull TraceabilityRequests.Recall body) {
        RecallView recall = recalls.simulate(body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/traceability/recall-simulations/{id}")
                        .build(tenantId, recall.id()))
                .entity(recall)
                .build();
    }

    @GET
    @Path("/recall-simulations")
    @RequiresPermission(Permissions.TRACEABILITY_READ)
    @Operation(summary = "List recall simulations", description = "Newest first.")
    @APIResponse(responseCode = "200", description = "A page of simulations")
    public Page<RecallView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return recalls.list(page, perPage);
    }

    @GET
    @Path("/recall-simulations/{id}")
    @RequiresPermission(Permissions.TRACEABILITY_READ)
    @Operation(summary = "A recall simulation with its saved result")
    @APIResponse(
            responseCode = "200",
            description = "The simulation",
            content = @Content(schema = @Schema(implementation = RecallView.class)))
    public RecallView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return recalls.get(id);
    }

    @POST
    @Path("/recall-simulations/{id}/quarantine")
    @RequiresPermission(Permissions.TRACEABILITY_WRITE)
    @Operation(
            summary = "Quarantine what the recall found",
            description = "Every affected unit still available goes into quarantine, in one transaction"
                    + " (recall.quarantined on the audit trail). A second call changes nothing.")
    @APIResponse(
            responseCode = "200",
            description = "What changed",
            content = @Content(schema = @Schema(implementation = QuarantineView.class)))
    @APIResponse(
            responseCode = "403",
            description = "An affected unit is at a plant the caller does not write (`plant-access-denied`):"
                    + " nothing changes")
    public QuarantineView quarantine(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return recalls.quarantine(id);
    }
}
