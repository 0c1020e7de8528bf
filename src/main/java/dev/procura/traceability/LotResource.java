package dev.procura.traceability;

import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantScoped;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.traceability.TraceabilityViews.IssueView;
import dev.procura.traceability.TraceabilityViews.LotView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/tenants/{tenantId}/lots")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Traceability")
@APIResponse(responseCode = "404", description = "No such tenant or lot (or one at a plant the caller does not read)")
@APIResponse(
        responseCode = "403",
        description = "Role lacks the permission, the lot is at a plant the caller does not write"
                + " (`plant-access-denied`), or the tenant is suspended or deleted")
public class LotResource {

    static final String STATUSES = "available|quarantined|consumed|shipped|recalled";

    @Inject
    LotService lots;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.TRACEABILITY_WRITE)
    @PlantScoped
    @Operation(
            summary = "Make a lot by hand",
            description = "Stock found or brought in outside a receipt (an opening balance). Without `number` the"
                    + " item's lot rule numbers it. Receipts and work-order outputs make lots on their own.")
    @APIResponse(
            responseCode = "201",
            description = "Made, available",
            content = @Content(schema = @Schema(implementation = LotView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (all reported): no such active item, plant or supplier; no number and no"
                    + " rule; a number unfit for the item's GS1 rule")
    @APIResponse(responseCode = "409", description = "The item has a lot of that number (`lot-number-taken`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull TraceabilityRequests.NewLot body) {
        LotView lot = lots.create(body);
        return Response.created(
                        UriBuilder.fromPath("/api/v1/tenants/{t}/lots/{id}").build(tenantId, lot.id()))
                .entity(lot)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.TRACEABILITY_READ)
    @PlantScoped
    @Operation(
            summary = "List lots",
            description = "Those at plants where the caller reads traceability. `sort`: number, item_code, status,"
                    + " expires_on, created_at, updated_at; '-' for descending.")
    @APIResponse(responseCode = "200", description = "A page of lots")
    @APIResponse(responseCode = "400", description = "An unknown status or sort")
    public Page<LotView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @QueryParam("item_code") @Size(max = 60) String itemCode,
            @QueryParam("status") @Pattern(regexp = STATUSES) String status,
            @QueryParam("supplier_lot") @Size(max = 40) String supplierLot,
            @QueryParam("plant_id") UUID plantId,
            @Parameter(description = "The number, supplier lot or item code contains this (any case)")
                    @QueryParam("q")
                    @Size(max = 200)
                    String q,
            @QueryParam("sort") @DefaultValue("-created_at") String sort) {
        return lots.list(
                new TraceabilityRepository.Filter(itemCode, status, supplierLot, plantId, q, null),
                sort,
                page,
                perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.TRACEABILITY_READ)
    @PlantScoped
    @Operation(summary = "A lot with its movements")
    @APIResponse(
            responseCode = "200",
            description = "The lot",
            content = @Content(schema = @Schema(implementation = LotView.class)))
    public LotView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return lots.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.TRACEABILITY_WRITE)
    @PlantScoped
    @Operation(
            summary = "Change a lot's status and expiry",
            description = "By hand: available ↔ quarantined, either → recalled, shipped → recalled, recalled →"
                    + " quarantined. Consumed and shipped come from movements.")
    @APIResponse(
            responseCode = "200",
            description = "The lot",
            content = @Content(schema = @Schema(implementation = LotView.class)))
    @APIResponse(responseCode = "400", description = "An unknown status")
    @APIResponse(responseCode = "409", description = "A change its status does not allow (`invalid-transition`)")
    public LotView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull TraceabilityRequests.Change body) {
        return lots.change(id, body);
    }

    @POST
    @Path("/{id}/issues")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.TRACEABILITY_WRITE)
    @PlantScoped
    @Operation(
            summary = "Issue goods of the lot to a customer",
            description = "A shipped movement (document GI-…): the quantity leaves stock; at 0 the lot is shipped.")
    @APIResponse(
            responseCode = "201",
            description = "Issued",
            content = @Content(schema = @Schema(implementation = IssueView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (all reported): no such customer or one on hold or inactive, a quantity"
                    + " above what is on hand, a date after today")
    @APIResponse(
            responseCode = "409",
            description = "The lot is not available, or expired (`invalid-transition`, `current_status`)")
    public Response issue(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull TraceabilityRequests.Issue body) {
        IssueView issue = lots.issue(id, body);
        return Response.created(
                        UriBuilder.fromPath("/api/v1/tenants/{t}/lots/{id}").build(tenantId, id))
                .entity(issue)
                .build();
    }
}
