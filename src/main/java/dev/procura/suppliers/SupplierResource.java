package dev.procura.suppliers;

import dev.procura.platform.customfields.CustomFieldFilter;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.platform.web.Params;
import dev.procura.suppliers.SupplierViews.PerformanceView;
import dev.procura.suppliers.SupplierViews.RatingView;
import dev.procura.suppliers.SupplierViews.SupplierView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
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
import java.math.BigDecimal;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/suppliers")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Suppliers", description = "Who the tenant buys from: master data, ratings, performance and scorecards")
@APIResponse(responseCode = "404", description = "No such tenant or supplier, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class SupplierResource {

    @Inject
    SupplierService suppliers;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.SUPPLIERS_WRITE)
    @Operation(summary = "Create a supplier", description = "The code is unique in the tenant (case-insensitive).")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = SupplierView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(responseCode = "409", description = "The code is taken (`supplier-code-taken`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull SupplierRequests.Details body) {
        SupplierView created = suppliers.create(caller.get(), body);
        return Response.created(
                        UriBuilder.fromPath("/api/v1/tenants/{t}/suppliers/{s}").build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.SUPPLIERS_READ)
    @Operation(
            summary = "List suppliers",
            description =
                    "Filters: `q` (name or code contains), `category`, `status`, "
                            + "`country`, `min_rating` (1-5), and custom fields: `cf.<key>=` (equals; a multi-choice field"
                            + " holds the code), `cf.<key>.from=` / `cf.<key>.to=` (inclusive, numbers, money, dates)."
                            + " `sort`: code, legal_name, rating, country, created_at, updated_at, cf.<key>; '-' for descending.")
    @APIResponse(
            responseCode = "400",
            description = "A filter or sort names no custom field, or a value of the wrong type")
    @APIResponse(responseCode = "200", description = "A page of suppliers")
    public Page<SupplierView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @QueryParam("q") String q,
            @QueryParam("category") String category,
            @QueryParam("status") @Pattern(regexp = "active|inactive") String status,
            @QueryParam("country") String country,
            @QueryParam("min_rating") String minRating,
            @QueryParam("sort") @DefaultValue("code") String sort,
            @Context UriInfo uri) {
        return suppliers.list(
                new SupplierRepository.Filter(
                        q,
                        category,
                        status,
                        country,
                        Params.decimal("min_rating", minRating, BigDecimal.ONE, BigDecimal.valueOf(5))),
                CustomFieldFilter.of(uri.getQueryParameters()),
                sort,
                page,
                perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.SUPPLIERS_READ)
    @Operation(summary = "A supplier")
    @APIResponse(responseCode = "200", description = "The supplier")
    public SupplierView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return suppliers.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.SUPPLIERS_WRITE)
    @Operation(
            summary = "Replace a supplier's data",
            description = "`status: active` reactivates a deactivated supplier.")
    @APIResponse(responseCode = "200", description = "The supplier")
    @APIResponse(responseCode = "409", description = "The code is taken")
    public SupplierView update(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull SupplierRequests.Details body) {
        return suppliers.update(caller.get(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.SUPPLIERS_WRITE)
    @Operation(
            summary = "Deactivate a supplier",
            description = "Kept with its history; excluded from new RFQs and orders.")
    @APIResponse(responseCode = "204", description = "Deactivated")
    public Response deactivate(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        suppliers.deactivate(caller.get(), id);
        return Response.noContent().build();
    }

    @POST
    @Path("/{id}/rate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.SUPPLIERS_RATE)
    @Operation(
            summary = "Rate a supplier",
            description = "Marks 1-5. One rating per user per purchase order (and one "
                    + "general rating per user without an order). The order must be this supplier's and placed.")
    @APIResponse(
            responseCode = "201",
            description = "Recorded",
            content = @Content(schema = @Schema(implementation = RatingView.class)))
    @APIResponse(responseCode = "409", description = "Already rated (`already-rated`)")
    public Response rate(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull SupplierRequests.Rate body) {
        RatingView created = suppliers.rate(caller.get(), id, body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/suppliers/{s}/ratings/{r}")
                        .build(tenantId, id, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id}/ratings/{ratingId}")
    @RequiresPermission(Permissions.SUPPLIERS_READ)
    @Operation(summary = "One rating of a supplier")
    @APIResponse(responseCode = "200", description = "The rating")
    public RatingView rating(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @PathParam("ratingId") UUID ratingId) {
        return suppliers.rating(id, ratingId);
    }

    @GET
    @Path("/{id}/ratings")
    @RequiresPermission(Permissions.SUPPLIERS_READ)
    @Operation(summary = "A supplier's ratings, newest first")
    @APIResponse(responseCode = "200", description = "A page of ratings")
    public Page<RatingView> ratings(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return suppliers.ratings(id, page, perPage);
    }

    @GET
    @Path("/{id}/performance")
    @RequiresPermission(Permissions.SUPPLIERS_READ)
    @Operation(
            summary = "Performance and scorecard over a period",
            description = "`from`/`to` are ISO dates (default: "
                    + "the last 365 days). Mean marks per criterion, on-time delivery rate (receipts against the order's promised "
                    + "date), quantity rejected, price variance (quote vs order vs invoice), RFQ response time, spend per "
                    + "currency, and the weighted scorecard with its standing.")
    @APIResponse(responseCode = "200", description = "The performance")
    public PerformanceView performance(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        return suppliers.performance(id, Params.date("from", from), Params.date("to", to));
    }
}
