package dev.procura.currencies;

import dev.procura.currencies.CurrencyViews.ExchangeRateView;
import dev.procura.currencies.CurrencyViews.LookupView;
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

@Path("/api/v1/tenants/{tenantId}/exchange-rates")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Exchange rates",
        description = "Stated rates by date between two currencies of the tenant; the rate for a date is the latest"
                + " valid on it, inverted or through the tenant currency when only those exist")
@APIResponse(responseCode = "404", description = "No such tenant or rate, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class ExchangeRateResource {

    private static final BigDecimal MIN_AMOUNT = new BigDecimal("-1e15");
    private static final BigDecimal MAX_AMOUNT = new BigDecimal("1e15");

    private static final String ISO = "[A-Z]{3}";

    @Inject
    ExchangeRateService rates;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "State a rate",
            description = "`rate` units of `to_currency` per 1 `from_currency`, exact, from `valid_from` on until a"
                    + " later rate of the pair; both currencies active currencies of the tenant.")
    @APIResponse(
            responseCode = "201",
            description = "Stated",
            content = @Content(schema = @Schema(implementation = ExchangeRateView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (all reported): rate not above 0, the same currency twice, a currency the"
                    + " tenant lacks or has deactivated")
    @APIResponse(
            responseCode = "409",
            description = "The pair has a rate valid from that date (`exchange-rate-exists`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull CurrencyRequests.DefineRate body) {
        ExchangeRateView created = rates.create(caller.get().userId(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/exchange-rates/{id}")
                        .build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(
            summary = "List stated rates",
            description = "Filters: `currency` (either side), `from_currency`, `to_currency`, `valid_from_since` and"
                    + " `valid_from_until` (inclusive). `sort`: valid_from, from_currency, to_currency; '-' for"
                    + " descending.")
    @APIResponse(responseCode = "200", description = "A page of rates")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public Page<ExchangeRateView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "Rates from or into this currency") @QueryParam("currency") @Pattern(regexp = ISO)
                    String currency,
            @QueryParam("from_currency") @Pattern(regexp = ISO) String fromCurrency,
            @QueryParam("to_currency") @Pattern(regexp = ISO) String toCurrency,
            @Parameter(description = "valid_from on or after this date (ISO-8601)") @QueryParam("valid_from_since")
                    String since,
            @Parameter(description = "valid_from on or before this date (ISO-8601)") @QueryParam("valid_from_until")
                    String until,
            @QueryParam("sort") @DefaultValue("-valid_from") String sort) {
        return rates.list(
                new CurrencyRepository.RateFilter(
                        currency,
                        fromCurrency,
                        toCurrency,
                        Params.date("valid_from_since", since),
                        Params.date("valid_from_until", until)),
                sort,
                page,
                perPage);
    }

    @GET
    @Path("/lookup")
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(
            summary = "The rate used on a date",
            description = "The latest rate of the pair valid on `date` (today in the tenant's time zone when left"
                    + " out), stated either way round (the later one wins); without one, through the tenant"
                    + " currency. With `amount`, also that amount converted, rounded half up to the target's"
                    + " minor units once, at the end.")
    @APIResponse(
            responseCode = "200",
            description = "The rate, since when it applies, and whether it is inverted or triangulated",
            content = @Content(schema = @Schema(implementation = LookupView.class)))
    @APIResponse(responseCode = "400", description = "Not ISO 4217 codes, or not a date")
    public LookupView lookup(
            @PathParam("tenantId") UUID tenantId,
            @Parameter(required = true, example = "USD") @QueryParam("from") @NotNull String from,
            @Parameter(required = true, example = "GBP") @QueryParam("to") @NotNull String to,
            @Parameter(description = "The business date (ISO-8601); today when left out") @QueryParam("date")
                    String date,
            @Parameter(description = "An amount of `from` to convert") @QueryParam("amount") String amount) {
        return rates.lookup(
                from, to, Params.date("date", date), Params.decimal("amount", amount, MIN_AMOUNT, MAX_AMOUNT));
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(summary = "A stated rate")
    @APIResponse(
            responseCode = "200",
            description = "The rate",
            content = @Content(schema = @Schema(implementation = ExchangeRateView.class)))
    public ExchangeRateView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return rates.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(summary = "Change a stated rate", description = "In full.")
    @APIResponse(
            responseCode = "200",
            description = "The rate",
            content = @Content(schema = @Schema(implementation = ExchangeRateView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(
            responseCode = "409",
            description = "Another rate of the pair is valid from that date (`exchange-rate-exists`)")
    public ExchangeRateView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull CurrencyRequests.DefineRate body) {
        return rates.change(caller.get().userId(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(summary = "Delete a stated rate", description = "The pair's earlier rate applies again from its date.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        rates.delete(caller.get().userId(), id);
        return Response.noContent().build();
    }
}
