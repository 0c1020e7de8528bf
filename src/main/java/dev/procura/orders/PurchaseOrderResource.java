package dev.procura.orders;

import dev.procura.orders.OrderViews.OrderView;
import dev.procura.orders.OrderViews.ReceiptView;
import dev.procura.platform.customfields.CustomFieldDocs;
import dev.procura.platform.customfields.CustomFieldFilter;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.platform.web.Params;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/purchase-orders")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Purchase orders",
        description = "draft → pending_approval → approved → sent → partially_received → "
                + "received → closed; cancelled from draft or approved")
@APIResponse(responseCode = "404", description = "No such tenant or purchase order, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class PurchaseOrderResource {

    @Inject
    PurchaseOrderService orders;

    @Inject
    ReceiptService receipts;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(
            summary = "Draft a purchase order",
            description =
                    "From an accepted quote (`quote_id`) or direct "
                            + "(`supplier_id`, `currency`, `lines`). The supplier must be active and not blocked by its standing.")
    @APIResponse(
            responseCode = "201",
            description = "Drafted",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or lines (all reported)")
    @APIResponse(
            responseCode = "409",
            description = "Supplier inactive or blocked; quote not accepted; no exchange rate "
                    + "to a budget's currency (`no-exchange-rate`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull OrderRequests.Order body) {
        return created(tenantId, orders.create(caller.get(), body));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(
            summary = "Draft a purchase order from an uploaded CSV, XLSX or JSON document",
            description = "Columns "
                    + "are the line fields; problems are reported per row and field (`rows[n].field`); nothing is created when "
                    + "any row is invalid.")
    @APIResponse(
            responseCode = "201",
            description = "Drafted",
            content = @Content(schema = @Schema(implementation = OrderView.class)))
    @APIResponse(responseCode = "400", description = "Unreadable document or invalid rows")
    public Response importDraft(@PathParam("tenantId") UUID tenantId, @Valid @NotNull OrderRequests.OrderImport body) {
        return created(tenantId, orders.importDraft(caller.get(), body));
    }

    private static Response created(UUID tenantId, OrderView order) {
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/purchase-orders/{o}")
                        .build(tenantId, order.id()))
                .entity(order)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.PURCHASING_READ)
    @Operation(
            summary = "List purchase orders",
            description = "Filters: `status`, `supplier_id`, `cost_center`, `q` "
                    + "(number or notes contain), `from`/`to` (order date). `sort`: number, order_date, total, status, "
                    + "created_at, updated_at, cf.<key>; '-' for descending." + CustomFieldDocs.LISTS)
    @APIResponse(responseCode = "200", description = "A page of purchase orders")
    @APIResponse(responseCode = "400", description = CustomFieldDocs.BAD_FILTER)
    public Page<OrderView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @QueryParam("status")
                    @Pattern(
                            regexp = "draft|pending_approval|approved|sent|"
                                    + "partially_received|received|closed|cancelled")
                    String status,
            @QueryParam("supplier_id") UUID supplierId,
            @QueryParam("cost_center") String costCenter,
            @QueryParam("q") String q,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("sort") @DefaultValue("-created_at") String sort,
            @Context UriInfo uri) {
        return orders.list(
                new OrderRepository.Filter(
                        status, supplierId, costCenter, q, Params.date("from", from), Params.date("to", to)),
                CustomFieldFilter.of(uri.getQueryParameters()),
                sort,
                page,
                perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.PURCHASING_READ)
    @Operation(summary = "A purchase order")
    @APIResponse(responseCode = "200", description = "The purchase order")
    public OrderView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return orders.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(summary = "Replace a draft purchase order")
    @APIResponse(responseCode = "200", description = "The purchase order")
    @APIResponse(responseCode = "409", description = "Not a draft (`invalid-transition`, with `current_status`)")
    public OrderView update(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @Valid @NotNull OrderRequests.Order body) {
        return orders.update(caller.get(), id, body);
    }

    @POST
    @Path("/{id}/submit")
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(
            summary = "Submit for approval",
            description = "Moves the order to pending_approval and hands it to the "
                    + "approval port; without a configured workflow it is approved at once if within budget. A `stop` budget "
                    + "it would exceed refuses it (409 `budget-exceeded`, with the `budget` figures); `warn` budgets go ahead "
                    + "and are listed in `budget_warnings`.")
    @APIResponse(responseCode = "200", description = "The order, pending approval or approved")
    @APIResponse(responseCode = "409", description = "Not a draft, budget exceeded, no exchange rate, supplier blocked")
    public OrderView submit(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return orders.submit(caller.get(), id);
    }

    @POST
    @Path("/{id}/send")
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(summary = "Mark an approved order as sent to the supplier")
    @APIResponse(responseCode = "200", description = "The order, sent")
    @APIResponse(responseCode = "409", description = "Not approved")
    public OrderView send(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return orders.send(caller.get(), id);
    }

    @POST
    @Path("/{id}/cancel")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(summary = "Cancel a draft or approved order", description = "Body: `{}` or `{reason}`.")
    @APIResponse(responseCode = "200", description = "The order, cancelled")
    @APIResponse(responseCode = "409", description = "Not draft or approved")
    public OrderView cancel(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @Valid OrderRequests.Cancel body) {
        return orders.cancel(caller.get(), id, body);
    }

    @POST
    @Path("/{id}/close")
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(summary = "Close an order", description = "From sent, partially received or received.")
    @APIResponse(responseCode = "200", description = "The order, closed")
    @APIResponse(responseCode = "409", description = "Not sent or received")
    public OrderView close(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return orders.close(caller.get(), id);
    }

    @POST
    @Path("/{id}/receipts")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(
            summary = "Record goods received",
            description =
                    "Per order line: accepted and rejected quantity. "
                            + "Accepting more than is outstanding is refused. The order becomes partially_received or received.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = ReceiptView.class)))
    @APIResponse(responseCode = "400", description = "Invalid lines (all reported)")
    @APIResponse(responseCode = "409", description = "The order is not sent or partially received")
    public Response receive(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull OrderRequests.Receive body) {
        ReceiptView created = receipts.receive(caller.get(), id, body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/purchase-orders/{o}/receipts/{r}")
                        .build(tenantId, id, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}/receipts")
    @RequiresPermission(Permissions.PURCHASING_READ)
    @Operation(summary = "The order's receipts, oldest first")
    @APIResponse(responseCode = "200", description = "The receipts")
    public List<ReceiptView> receipts(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return receipts.receipts(id);
    }

    @GET
    @Path("/{id}/receipts/{receiptId}")
    @RequiresPermission(Permissions.PURCHASING_READ)
    @Operation(summary = "One receipt of the order")
    @APIResponse(responseCode = "200", description = "The receipt")
    public ReceiptView receipt(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @PathParam("receiptId") UUID receiptId) {
        return receipts.receipt(id, receiptId);
    }
}
