package dev.procura.paymentterms;

import dev.procura.paymentterms.PaymentTermViews.PaymentTermView;
import dev.procura.paymentterms.PaymentTermViews.ScheduleView;
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
import jakarta.validation.constraints.Size;
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

@Path("/api/v1/tenants/{tenantId}/payment-terms")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Payment terms",
        description = "When invoices are due: net days, an early-payment discount, counted from the invoice date or"
                + " the end of its month")
@APIResponse(responseCode = "404", description = "No such tenant or payment term, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class PaymentTermResource {

    @Inject
    PaymentTermService terms;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Add a payment term",
            description = "The code is unique; discount_days and discount_percent go together, the discount days at"
                    + " most the net days.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = PaymentTermView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(responseCode = "409", description = "Another term has the code (`payment-term-code-taken`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull PaymentTermRequests.Define body) {
        PaymentTermView created = terms.create(caller.get().userId(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/payment-terms/{id}")
                        .build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(
            summary = "List payment terms",
            description = "Filters: `q` (code or description contains), `active`. `sort`: code, net_days,"
                    + " created_at, updated_at; '-' for descending.")
    @APIResponse(responseCode = "200", description = "A page of payment terms")
    @APIResponse(responseCode = "400", description = "Invalid paging or sort")
    public Page<PaymentTermView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "The code or description contains this (any case)")
                    @QueryParam("q")
                    @Size(max = 200)
                    String q,
            @Parameter(description = "true: active terms only; false: inactive ones only") @QueryParam("active")
                    Boolean active,
            @QueryParam("sort") @DefaultValue("code") String sort) {
        return terms.list(new PaymentTermRepository.Filter(q, active), sort, page, perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(summary = "A payment term")
    @APIResponse(
            responseCode = "200",
            description = "The payment term",
            content = @Content(schema = @Schema(implementation = PaymentTermView.class)))
    public PaymentTermView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return terms.get(id);
    }

    @GET
    @Path("/{id}/schedule")
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(
            summary = "The schedule of an invoice under the term",
            description = "Due date, last discount date and the discount (amount × percent / 100, rounded half up"
                    + " to the currency's minor units). Days count from the invoice date, or from the last day of"
                    + " its month when the term is end_of_month.")
    @APIResponse(
            responseCode = "200",
            description = "The schedule",
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "400", description = "Missing or invalid invoice_date, amount or currency")
    public ScheduleView schedule(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Parameter(required = true, example = "2026-03-01") @QueryParam("invoice_date") @NotNull String invoiceDate,
            @Parameter(required = true, example = "1000.00") @QueryParam("amount") @NotNull String amount,
            @Parameter(description = "ISO 4217; the tenant currency when left out", example = "EUR")
                    @QueryParam("currency")
                    @Pattern(regexp = "[A-Z]{3}")
                    String currency) {
        return terms.schedule(
                id,
                Params.date("invoice_date", invoiceDate),
                Params.decimal("amount", amount, BigDecimal.ZERO, new BigDecimal("1e15")),
                currency);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Change a payment term",
            description = "In full. `active: false` deactivates it: records keep it, no new ones take it.")
    @APIResponse(
            responseCode = "200",
            description = "The payment term",
            content = @Content(schema = @Schema(implementation = PaymentTermView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(responseCode = "409", description = "Another term has the code (`payment-term-code-taken`)")
    public PaymentTermView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull PaymentTermRequests.Define body) {
        return terms.change(caller.get().userId(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(summary = "Delete a payment term", description = "Only while no record (customer) names it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "Records name the term (`payment-term-in-use`): deactivate it instead")
    public Response delete(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        terms.delete(caller.get().userId(), id);
        return Response.noContent().build();
    }
}
