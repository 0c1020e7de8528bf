package dev.procura.logistics;

import dev.procura.logistics.LogisticsViews.ShipmentView;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantScoped;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
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

@Path("/api/v1/tenants/{tenantId}/shipments")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Shipments",
        description = "Inbound shipments from a purchase order (their delivery records receipts) and outbound"
                + " shipments to a customer (shipping issues their lots and serials); packages with SSCCs; status"
                + " planned → packed → shipped → in_transit → delivered | returned")
@APIResponse(
        responseCode = "404",
        description =
                "No such tenant or shipment, not a member, or the shipment is at a plant the caller does not" + " read")
@APIResponse(
        responseCode = "403",
        description = "Role lacks the permission (or holds it only at other plants), or the tenant is suspended or"
                + " deleted")
public class ShipmentResource {

    private static final String SHIPMENT_PATH = "/api/v1/tenants/{t}/shipments/{id}";
    private static final String SHIPMENT = "The shipment";

    @Inject
    ShipmentService shipments;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.LOGISTICS_WRITE)
    @PlantScoped
    @Operation(
            summary = "Plan a shipment",
            description = "Inbound names a purchase order, outbound a customer (an active one). The carrier is an"
                    + " active value of the type list `carrier`; line items are items of the item master, a line"
                    + " names a lot or a serial number (quantity 1) and the number of one of the packages. Each"
                    + " package gets an SSCC: extension digit 0, the tenant's GS1 company prefix (PUT"
                    + " /logistics/settings first), a serial reference from the tenant's sequence and the check"
                    + " digit. Numbered SHP-000001 on; status `planned`.")
    @APIResponse(
            responseCode = "201",
            description = "Planned",
            content = @Content(schema = @Schema(implementation = ShipmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported), or no GS1 company prefix")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull LogisticsRequests.NewShipment body) {
        ShipmentView made = shipments.create(caller.get(), body);
        return Response.created(UriBuilder.fromPath(SHIPMENT_PATH).build(tenantId, made.id()))
                .entity(made)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.LOGISTICS_READ)
    @PlantScoped
    @Operation(
            summary = "List shipments",
            description = "Only shipments of plants where the caller reads logistics (all with logistics:read"
                    + " tenant-wide). Filters: `direction`, `status`, `purchase_order_id`, `customer_id`, `plant_id`,"
                    + " `carrier`, `q` (number or tracking number contains). `sort`: number, status, direction,"
                    + " created_at, updated_at, shipped_at; '-' for descending.")
    @APIResponse(responseCode = "200", description = "A page of shipments")
    @APIResponse(responseCode = "400", description = "A bad filter or sort")
    public Page<ShipmentView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @QueryParam("direction") @Pattern(regexp = LogisticsRequests.DIRECTIONS) String direction,
            @QueryParam("status") @Pattern(regexp = "planned|packed|shipped|in_transit|delivered|returned")
                    String status,
            @QueryParam("purchase_order_id") UUID purchaseOrderId,
            @QueryParam("customer_id") UUID customerId,
            @QueryParam("plant_id") UUID plantId,
            @QueryParam("carrier") @Size(max = 64) String carrier,
            @Parameter(description = "Number or tracking number contains") @QueryParam("q") @Size(max = 100) String q,
            @QueryParam("sort") @DefaultValue("-number") String sort) {
        return shipments.list(
                new ShipmentRepository.Filter(
                        direction, status, purchaseOrderId, customerId, plantId, carrier, q, null),
                sort,
                page,
                perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.LOGISTICS_READ)
    @PlantScoped
    @Operation(summary = "A shipment with its lines and packages")
    @APIResponse(
            responseCode = "200",
            description = SHIPMENT,
            content = @Content(schema = @Schema(implementation = ShipmentView.class)))
    public ShipmentView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return shipments.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.LOGISTICS_WRITE)
    @PlantScoped
    @Operation(
            summary = "Change a shipment",
            description = "Carrier, tracking number and notes (in full) until it is delivered or returned; its"
                    + " lines too while it is planned. Direction, party, plant and packages stay.")
    @APIResponse(
            responseCode = "200",
            description = SHIPMENT,
            content = @Content(schema = @Schema(implementation = ShipmentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(
            responseCode = "409",
            description = "Delivered or returned, or new lines for a shipment no longer planned (`invalid-transition`)")
    public ShipmentView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull LogisticsRequests.Change body) {
        return shipments.change(caller.get(), id, body);
    }

    @POST
    @Path("/{id}/{action: pack|ship|depart|deliver|return}")
    @RequiresPermission(Permissions.LOGISTICS_WRITE)
    @PlantScoped
    @Operation(
            summary = "Move a shipment",
            description = "`pack` (planned → packed), `ship` (packed → shipped; an outbound shipment issues its lots"
                    + " and serial numbers to the customer, so genealogy and recalls reach the customer), `depart`"
                    + " (shipped → in_transit), `deliver` (shipped or in_transit → delivered; an inbound shipment"
                    + " records a receipt of its purchase order for what is still outstanding), `return` (shipped,"
                    + " in_transit or delivered → returned). Each keeps its moment (`packed_at`, `shipped_at`, …).")
    @APIResponse(
            responseCode = "200",
            description = SHIPMENT,
            content = @Content(schema = @Schema(implementation = ShipmentView.class)))
    @APIResponse(
            responseCode = "400",
            description = "The goods issue or the receipt refused a line (a lot unavailable or short, a quantity"
                    + " above what is outstanding on the order); nothing changed")
    @APIResponse(
            responseCode = "409",
            description = "The shipment's status does not allow the action (`invalid-transition`)")
    public ShipmentView act(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Parameter(description = "pack, ship, depart, deliver or return") @PathParam("action") String action) {
        return shipments.act(caller.get(), id, ShipmentStatus.Action.of(action).orElseThrow());
    }
}
