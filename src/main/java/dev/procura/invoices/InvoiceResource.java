package dev.procura.invoices;

import dev.procura.platform.customfields.CustomFieldDocs;
import dev.procura.platform.customfields.CustomFieldFilter;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
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

@Path("/api/v1/tenants/{tenantId}/invoices")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Invoices",
        description = "Supplier invoices matched against orders and receipts: draft → matched | "
                + "mismatch → paid; cancelled")
@APIResponse(responseCode = "404", description = "No such tenant or invoice, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class InvoiceResource {

    @Inject
    InvoiceService invoices;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(
            summary = "Record and match a supplier invoice",
            description = "Matched at once against the order and its "
                    + "receipts: prices and quantities within the tenant's `match_tolerance_percent` → `matched`, otherwise "
                    + "`mismatch` with the differing lines (`invoice.mismatch` event).")
    @APIResponse(
            responseCode = "201",
            description = "Recorded and matched",
            content = @Content(schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or lines; order not invoiceable")
    @APIResponse(
            responseCode = "409",
            description = "The supplier's invoice number is already recorded (`duplicate-invoice`), "
                    + "or the order is not sent yet")
    public Response receive(@PathParam("tenantId") UUID tenantId, @Valid @NotNull InvoiceRequests.Invoice body) {
        return created(tenantId, invoices.receive(caller.get(), body));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(
            summary = "Draft an invoice from an uploaded CSV, XLSX or JSON document",
            description = "Columns are the "
                    + "line fields; problems are reported per row and field (`rows[n].field`); nothing is created when any row "
                    + "is invalid. Match it with POST /invoices/{id}/match.")
    @APIResponse(
            responseCode = "201",
            description = "Drafted",
            content = @Content(schema = @Schema(implementation = InvoiceView.class)))
    @APIResponse(responseCode = "400", description = "Unreadable document or invalid rows")
    public Response importDraft(
            @PathParam("tenantId") UUID tenantId, @Valid @NotNull InvoiceRequests.InvoiceImport body) {
        return created(tenantId, invoices.importDraft(caller.get(), body));
    }

    private static Response created(UUID tenantId, InvoiceView invoice) {
        return Response.created(
                        UriBuilder.fromPath("/api/v1/tenants/{t}/invoices/{i}").build(tenantId, invoice.id()))
                .entity(invoice)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.PURCHASING_READ)
    @Operation(
            summary = "List invoices",
            description = "Filters: `status`, `supplier_id`, `purchase_order_id`, `q` "
                    + "(our or the supplier's number contains). `sort`: number, invoice_date, due_date, total, status, "
                    + "created_at, cf.<key>; '-' for descending." + CustomFieldDocs.LISTS)
    @APIResponse(responseCode = "200", description = "A page of invoices")
    @APIResponse(responseCode = "400", description = CustomFieldDocs.BAD_FILTER)
    public Page<InvoiceView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @QueryParam("status") @Pattern(regexp = "draft|matched|mismatch|paid|cancelled") String status,
            @QueryParam("supplier_id") UUID supplierId,
            @QueryParam("purchase_order_id") UUID purchaseOrderId,
            @QueryParam("q") String q,
            @QueryParam("sort") @DefaultValue("-created_at") String sort,
            @Context UriInfo uri) {
        return invoices.list(
                new InvoiceRepository.Filter(status, supplierId, purchaseOrderId, q),
                CustomFieldFilter.of(uri.getQueryParameters()),
                sort,
                page,
                perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.PURCHASING_READ)
    @Operation(summary = "An invoice")
    @APIResponse(responseCode = "200", description = "The invoice")
    public InvoiceView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return invoices.get(id);
    }

    @POST
    @Path("/{id}/match")
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(
            summary = "Match (again) a draft or mismatched invoice",
            description = "E.g. after more goods were received.")
    @APIResponse(responseCode = "200", description = "The invoice, matched or mismatch")
    @APIResponse(responseCode = "409", description = "Already matched, paid or cancelled")
    public InvoiceView match(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return invoices.match(caller.get(), id);
    }

    @POST
    @Path("/{id}/pay")
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(summary = "Mark a matched invoice paid")
    @APIResponse(responseCode = "200", description = "The invoice, paid")
    @APIResponse(responseCode = "409", description = "Not matched")
    public InvoiceView pay(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return invoices.pay(caller.get(), id);
    }

    @POST
    @Path("/{id}/cancel")
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(summary = "Cancel an invoice that is not paid")
    @APIResponse(responseCode = "200", description = "The invoice, cancelled")
    @APIResponse(responseCode = "409", description = "Paid or already cancelled")
    public InvoiceView cancel(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return invoices.cancel(caller.get(), id);
    }
}
