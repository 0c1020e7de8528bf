package dev.procura.rfqs;

import dev.procura.platform.customfields.CustomFieldDocs;
import dev.procura.platform.customfields.CustomFieldFilter;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.rfqs.RfqViews.QuoteView;
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

@Path("/api/v1/tenants/{tenantId}/quotes")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Quotes", description = "Suppliers' answers to RFQs: received → accepted | rejected")
@APIResponse(responseCode = "404", description = "No such tenant or quote, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class QuoteResource {

    @Inject
    QuoteService quotes;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(
            summary = "Record a supplier's quote for a sent RFQ",
            description = "The supplier must be invited, the "
                    + "currency the RFQ's, and every item one the RFQ asks for; one quote per supplier per RFQ.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields or lines (all reported)")
    @APIResponse(
            responseCode = "409",
            description = "The RFQ is not sent (`invalid-transition`), or the supplier already quoted")
    public Response record(@PathParam("tenantId") UUID tenantId, @Valid @NotNull RfqRequests.Quote body) {
        return created(tenantId, quotes.record(caller.get(), body));
    }

    @POST
    @Path("/import")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(
            summary = "Record a quote from an uploaded CSV, XLSX or JSON document",
            description =
                    "Columns are the line "
                            + "fields; problems are reported per row and field (`rows[n].field`); nothing is created when any row is invalid.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = QuoteView.class)))
    @APIResponse(responseCode = "400", description = "Unreadable document or invalid rows")
    public Response importQuote(@PathParam("tenantId") UUID tenantId, @Valid @NotNull RfqRequests.QuoteImport body) {
        return created(tenantId, quotes.importQuote(caller.get(), body));
    }

    private static Response created(UUID tenantId, QuoteView quote) {
        return Response.created(
                        UriBuilder.fromPath("/api/v1/tenants/{t}/quotes/{q}").build(tenantId, quote.id()))
                .entity(quote)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.PURCHASING_READ)
    @Operation(
            summary = "List quotes",
            description = "Filters: `rfq_id`, `supplier_id`, `status`. `sort`: number, total, "
                    + "lead_time_days, valid_until, received_at; '-' for descending." + CustomFieldDocs.LISTS)
    @APIResponse(responseCode = "400", description = CustomFieldDocs.BAD_FILTER)
    @APIResponse(responseCode = "200", description = "A page of quotes")
    public Page<QuoteView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @QueryParam("rfq_id") UUID rfqId,
            @QueryParam("supplier_id") UUID supplierId,
            @QueryParam("status") @Pattern(regexp = "received|accepted|rejected") String status,
            @QueryParam("sort") @DefaultValue("-received_at") String sort,
            @Context UriInfo uri) {
        return quotes.list(
                new RfqRepository.QuoteFilter(rfqId, supplierId, status),
                CustomFieldFilter.of(uri.getQueryParameters()),
                sort,
                page,
                perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.PURCHASING_READ)
    @Operation(summary = "A quote")
    @APIResponse(responseCode = "200", description = "The quote")
    public QuoteView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return quotes.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(summary = "Revise a received quote while its RFQ is open")
    @APIResponse(responseCode = "200", description = "The quote")
    @APIResponse(responseCode = "409", description = "The quote was decided, or the RFQ is no longer sent")
    public QuoteView revise(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @Valid @NotNull RfqRequests.Quote body) {
        return quotes.revise(caller.get(), id, body);
    }

    @POST
    @Path("/{id}/accept")
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(
            summary = "Accept a quote",
            description = "Awards the RFQ to it and declines the RFQ's other open quotes. "
                    + "A purchase order can then be made from it.")
    @APIResponse(responseCode = "200", description = "The quote, accepted")
    @APIResponse(
            responseCode = "409",
            description = "Expired (`quote-expired`), already decided, or the RFQ is not sent")
    public QuoteView accept(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return quotes.accept(caller.get(), id);
    }

    @POST
    @Path("/{id}/reject")
    @RequiresPermission(Permissions.PURCHASING_WRITE)
    @Operation(summary = "Reject a quote")
    @APIResponse(responseCode = "200", description = "The quote, rejected")
    @APIResponse(responseCode = "409", description = "Already decided")
    public QuoteView reject(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return quotes.reject(caller.get(), id);
    }
}
