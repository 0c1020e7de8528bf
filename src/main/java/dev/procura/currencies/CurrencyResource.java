package dev.procura.currencies;

import dev.procura.currencies.CurrencyViews.CurrencyView;
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

@Path("/api/v1/tenants/{tenantId}/currencies")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Currencies",
        description = "The tenant's currencies (ISO 4217) with their minor units; the tenant currency is always"
                + " present and active")
@APIResponse(responseCode = "404", description = "No such tenant or currency, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class CurrencyResource {

    @Inject
    CurrencyService currencies;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Add a currency",
            description = "An ISO 4217 code; name and decimals (minor units) default to ISO 4217's.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = CurrencyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported), or not an ISO 4217 code")
    @APIResponse(responseCode = "409", description = "The tenant has the currency (`currency-exists`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull CurrencyRequests.Define body) {
        CurrencyView created = currencies.create(caller.get().userId(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/currencies/{code}")
                        .build(tenantId, created.code()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(
            summary = "List currencies",
            description = "Filters: `q` (code or name contains), `active`. `sort`: code, name; '-' for descending.")
    @APIResponse(responseCode = "200", description = "A page of currencies")
    @APIResponse(responseCode = "400", description = "Invalid paging or sort")
    public Page<CurrencyView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "The code or name contains this (any case)") @QueryParam("q") @Size(max = 100)
                    String q,
            @Parameter(description = "true: active currencies only; false: inactive ones only") @QueryParam("active")
                    Boolean active,
            @QueryParam("sort") @DefaultValue("code") String sort) {
        return currencies.list(new CurrencyRepository.CurrencyFilter(q, active), sort, page, perPage);
    }

    @GET
    @Path("/{code}")
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(summary = "A currency")
    @APIResponse(
            responseCode = "200",
            description = "The currency",
            content = @Content(schema = @Schema(implementation = CurrencyView.class)))
    public CurrencyView get(@PathParam("tenantId") UUID tenantId, @PathParam("code") String code) {
        return currencies.get(code);
    }

    @PUT
    @Path("/{code}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Change a currency",
            description = "In full; the code stays. `active: false` deactivates it (no new records in it); the"
                    + " tenant currency cannot be deactivated.")
    @APIResponse(
            responseCode = "200",
            description = "The currency",
            content = @Content(schema = @Schema(implementation = CurrencyView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported), or another code in the body")
    @APIResponse(responseCode = "409", description = "The tenant currency is deactivated (`tenant-currency-required`)")
    public CurrencyView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("code") String code,
            @Valid @NotNull CurrencyRequests.Define body) {
        return currencies.change(caller.get().userId(), code, body);
    }
}
