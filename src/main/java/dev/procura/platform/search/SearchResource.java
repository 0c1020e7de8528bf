package dev.procura.platform.search;

import dev.procura.platform.search.SearchViews.ReindexView;
import dev.procura.platform.search.SearchViews.SearchPage;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/search")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Search",
        description = "Full-text search over the tenant's documents, suppliers, RFQs, quotes, purchase orders and"
                + " invoices")
@APIResponse(responseCode = "404", description = "No such tenant, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class SearchResource {

    @Inject
    SearchService search;

    @GET
    @RequiresPermission(Permissions.TENANT_READ)
    @Operation(
            summary = "Search the tenant's records",
            description = "Documents (file name, tags, the text of the file), suppliers (code, name, categories,"
                    + " notes, contacts), RFQs, quotes, purchase orders and invoices (number, title, supplier, the"
                    + " supplier's reference, notes, lines), among the types the caller may read (documents:read,"
                    + " suppliers:read, purchasing:read); the others are neither searched nor counted. `q` is read"
                    + " like a web search (words, \"a phrase\", or, -word; never a syntax error) and matched whole"
                    + " or in part against numbers and codes (PO-000042, a part of a supplier code). Best first;"
                    + " each hit has a snippet with every match marked «so». New and changed records are found"
                    + " within about a second.")
    @APIResponse(
            responseCode = "200",
            description = "A page of hits and the hits per type",
            content = @Content(schema = @Schema(implementation = SearchPage.class)))
    @APIResponse(
            responseCode = "400",
            description = "`q` missing, blank or above 200 characters; an unknown `type`; a `from` or `to` that is"
                    + " no ISO date, or `to` before `from`")
    public SearchPage search(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("q") @Parameter(description = "What to find, 1 to 200 characters", required = true) String q,
            @QueryParam("type")
                    @Parameter(
                            description = "Only this record type: document, invoice, purchase_order, quote, rfq or"
                                    + " supplier")
                    String type,
            @QueryParam("from")
                    @Parameter(description = "Records last changed on or after this day (ISO date, tenant's zone)")
                    String from,
            @QueryParam("to")
                    @Parameter(description = "Records last changed on or before this day (ISO date, tenant's zone)")
                    String to,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return search.search(q, type, from, to, page, perPage);
    }

    @POST
    @Path("/reindex")
    @RequiresPermission(Permissions.TENANT_WRITE)
    @Operation(
            summary = "Rebuild the search index",
            description = "Indexes every record of the tenant again, 500 per transaction, and drops the entries of"
                    + " records that no longer exist: for data written before the index existed. Searches go on"
                    + " meanwhile.")
    @APIResponse(
            responseCode = "200",
            description = "How many records of each type were indexed",
            content = @Content(schema = @Schema(implementation = ReindexView.class)))
    public ReindexView reindex(@PathParam("tenantId") UUID tenantId) {
        return search.reindex();
    }
}
