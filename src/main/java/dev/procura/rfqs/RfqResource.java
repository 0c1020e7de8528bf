package dev.procura.rfqs;

import dev.procura.platform.customfields.CustomFieldDocs;
import dev.procura.platform.customfields.CustomFieldFilter;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.rfqs.RfqViews.Comparison;
import dev.procura.rfqs.RfqViews.RfqView;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/rfqs")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "RFQs", description = "Requests for quotation: draft → sent → awarded → closed (or cancelled)")
@APIResponse(responseCode = "404", description = "No such tenant or RFQ, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class RfqResource {

    @Inject
    RfqService rfqs;

    @Inject
    QuoteService quotes;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(
            summary = "Draft an RFQ",
            description = "Invited suppliers must be active; a standing that blocks refuses "
                    + "the RFQ (409 `supplier-blocked`), one that warns is reported in `warnings`.")
    @APIResponse(
            responseCode = "201",
            description = "Drafted",
            content = @Content(schema = @Schema(implementation = RfqView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, lines or suppliers (all reported)")
    @APIResponse(responseCode = "409", description = "A supplier is inactive or blocked")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull RfqRequests.Rfq body) {
        return created(tenantId, rfqs.create(caller.get(), body));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(
            summary = "Draft an RFQ from an uploaded CSV, XLSX or JSON document",
            description = "The document's "
                    + "columns are the line fields (item_code, description, quantity, unit, unit_price, tax_rate). Problems "
                    + "are reported per row and field as `rows[n].field`; nothing is created when any row is invalid.")
    @APIResponse(
            responseCode = "201",
            description = "Drafted",
            content = @Content(schema = @Schema(implementation = RfqView.class)))
    @APIResponse(responseCode = "400", description = "Unreadable document or invalid rows")
    public Response importDraft(@PathParam("tenantId") UUID tenantId, @Valid @NotNull RfqRequests.RfqImport body) {
        return created(tenantId, rfqs.importDraft(caller.get(), body));
    }

    private static Response created(UUID tenantId, RfqView rfq) {
        return Response.created(
                        UriBuilder.fromPath("/api/v1/tenants/{t}/rfqs/{r}").build(tenantId, rfq.id()))
                .entity(rfq)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.PURCHASING_READ)
    @Operation(
            summary = "List RFQs",
            description = "Filters: `status`, `q` (title or number contains), `supplier_id` "
                    + "(invited). `sort`: number, title, due_date, created_at, status; '-' for descending."
                    + CustomFieldDocs.LISTS)
    @APIResponse(responseCode = "400", description = CustomFieldDocs.BAD_FILTER)
    @APIResponse(responseCode = "200", description = "A page of RFQs")
    public Page<RfqView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @QueryParam("status") @Pattern(regexp = "draft|sent|awarded|closed|cancelled") String status,
            @QueryParam("q") String q,
            @QueryParam("supplier_id") UUID supplierId,
            @QueryParam("sort") @DefaultValue("-created_at") String sort,
            @Context UriInfo uri) {
        return rfqs.list(
                new RfqRepository.RfqFilter(status, q, supplierId),
                CustomFieldFilter.of(uri.getQueryParameters()),
                sort,
                page,
                perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.PURCHASING_READ)
    @Operation(summary = "An RFQ")
    @APIResponse(responseCode = "200", description = "The RFQ")
    public RfqView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return rfqs.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(summary = "Replace a draft RFQ")
    @APIResponse(responseCode = "200", description = "The RFQ")
    @APIResponse(responseCode = "409", description = "Not a draft (`invalid-transition`, with `current_status`)")
    public RfqView update(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @Valid @NotNull RfqRequests.Rfq body) {
        return rfqs.update(caller.get(), id, body);
    }

    @POST
    @Path("/{id}/send")
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(
            summary = "Send a draft RFQ to its suppliers",
            description = "Publishes `rfq.sent`; quotes can then be recorded.")
    @APIResponse(responseCode = "200", description = "The RFQ, sent")
    @APIResponse(responseCode = "409", description = "Not a draft, or a supplier is now inactive or blocked")
    public RfqView send(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return rfqs.send(caller.get(), id);
    }

    @POST
    @Path("/{id}/close")
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(summary = "Close a sent or awarded RFQ")
    @APIResponse(responseCode = "200", description = "The RFQ, closed")
    @APIResponse(responseCode = "409", description = "Not sent or awarded")
    public RfqView close(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return rfqs.close(caller.get(), id);
    }

    @POST
    @Path("/{id}/cancel")
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(summary = "Cancel a draft or sent RFQ")
    @APIResponse(responseCode = "200", description = "The RFQ, cancelled")
    @APIResponse(responseCode = "409", description = "Already awarded, closed or cancelled")
    public RfqView cancel(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return rfqs.cancel(caller.get(), id);
    }

    @GET
    @Path("/{id}/comparison")
    @RequiresPermission(Permissions.PURCHASING_READ)
    @Operation(
            summary = "The RFQ's quotes side by side",
            description = "Per line, every supplier's price with the lowest "
                    + "marked; per quote, total, lead time, validity, lateness and coverage; the lowest complete total and the "
                    + "fastest complete quote.")
    @APIResponse(responseCode = "200", description = "The comparison")
    public Comparison comparison(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return quotes.compare(id);
    }
}
