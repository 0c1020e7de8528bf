package dev.procura.taxes;

import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.taxes.TaxCodeViews.CalculationView;
import dev.procura.taxes.TaxCodeViews.TaxCodeView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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

@Path("/api/v1/tenants/{tenantId}/tax-codes")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Tax codes",
        description = "Taxes of buying lines: rates by date (plain or compound components), prices with or without"
                + " tax, the recoverable share and its input tax account")
@APIResponse(responseCode = "404", description = "No such tenant or tax code, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class TaxCodeResource {

    @Inject
    TaxCodeService codes;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Add a tax code",
            description = "The code is unique in any case. Each rate period is one `rate` or `components` (evaluated"
                    + " in order; a compound one taxes the net plus the taxes before it); periods do not overlap."
                    + " While recoverable_percent (default 100) is above 0, input_tax_account names an active"
                    + " postable GL account.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = TaxCodeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, periods or account (all reported)")
    @APIResponse(responseCode = "409", description = "Another tax code has the code (`tax-code-taken`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull TaxCodeRequests.Define body) {
        TaxCodeView created = codes.create(caller.get().userId(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/tax-codes/{id}")
                        .build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(
            summary = "List tax codes",
            description = "Filters: `q` (code or name contains), `active`, `inclusive`. `sort`: code, name,"
                    + " created_at, updated_at; '-' for descending.")
    @APIResponse(responseCode = "200", description = "A page of tax codes")
    @APIResponse(responseCode = "400", description = "Invalid paging or sort")
    public Page<TaxCodeView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "The code or name contains this (any case)") @QueryParam("q") @Size(max = 200)
                    String q,
            @Parameter(description = "true: active codes only; false: inactive ones only") @QueryParam("active")
                    Boolean active,
            @Parameter(description = "true: codes whose prices include the tax; false: the others")
                    @QueryParam("inclusive")
                    Boolean inclusive,
            @QueryParam("sort") @DefaultValue("code") String sort) {
        return codes.list(new TaxCodeRepository.Filter(q, active, inclusive), sort, page, perPage);
    }

    @POST
    @Path("/calculate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(
            summary = "Calculate the tax of lines",
            description = "Each amount is a net (or a gross, for an inclusive code), taxed by the code's rate valid"
                    + " on `date`. Tax is rounded half up to the currency's minor units per line, or per code over"
                    + " the lines when the tenant setting tax_rounding is `document` (the lines then carry the"
                    + " differences of the rounded running totals, so they add up to the rounded total). Totals"
                    + " by code split the tax into its recoverable part and the rest.")
    @APIResponse(
            responseCode = "200",
            description = "The taxed lines and totals by code",
            content = @Content(schema = @Schema(implementation = CalculationView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields, or a line names no active tax code with a rate on the date")
    public CalculationView calculate(
            @PathParam("tenantId") UUID tenantId, @Valid @NotNull TaxCodeRequests.Calculate body) {
        return codes.calculate(body);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(summary = "A tax code")
    @APIResponse(
            responseCode = "200",
            description = "The tax code",
            content = @Content(schema = @Schema(implementation = TaxCodeView.class)))
    public TaxCodeView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return codes.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Change a tax code",
            description = "In full. `active: false` deactivates it: documents keep it, no new line takes it.")
    @APIResponse(
            responseCode = "200",
            description = "The tax code",
            content = @Content(schema = @Schema(implementation = TaxCodeView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, periods or account (all reported)")
    @APIResponse(responseCode = "409", description = "Another tax code has the code (`tax-code-taken`)")
    public TaxCodeView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull TaxCodeRequests.Define body) {
        return codes.change(caller.get().userId(), id, body);
    }
}
