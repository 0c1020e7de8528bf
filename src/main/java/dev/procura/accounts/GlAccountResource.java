package dev.procura.accounts;

import dev.procura.accounts.GlAccountViews.ChartView;
import dev.procura.accounts.GlAccountViews.GlAccountView;
import dev.procura.platform.failures.Failure;
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

@Path("/api/v1/tenants/{tenantId}/gl-accounts")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Chart of accounts",
        description = "GL accounts in a hierarchy: groups hold accounts of their own type, postable accounts are"
                + " posted to (input tax of tax codes; later receipts and invoices)")
@APIResponse(responseCode = "404", description = "No such tenant or GL account, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class GlAccountResource {

    @Inject
    GlAccountService accounts;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Add a GL account",
            description = "The code is unique in any case. A parent (parent_id or parent_code) is an active group"
                    + " of the same type. A currency is an active currency of the tenant.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = GlAccountView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, parent or currency (all fields reported)")
    @APIResponse(responseCode = "409", description = "Another account has the code (`gl-account-code-taken`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull GlAccountRequests.Define body) {
        GlAccountView created = accounts.create(caller.get().userId(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/gl-accounts/{id}")
                        .build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @POST
    @Path("/default-chart")
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Seed the default chart of accounts",
            description = "Only into a tenant without GL accounts: groups 1000 Assets, 2000 Liabilities, 5000"
                    + " Expenses and postable 1400 Inventory, 1570 Input tax (recoverable VAT), 2100 Accounts"
                    + " payable, 2150 GR/IR clearing, 5100 Purchased goods and services, 5200 Freight and duty,"
                    + " 5300 Purchase price variance.")
    @APIResponse(
            responseCode = "201",
            description = "The accounts created, parents first; Location: the chart's list",
            content = @Content(schema = @Schema(implementation = ChartView.class)))
    @APIResponse(responseCode = "409", description = "The tenant has GL accounts (`gl-chart-not-empty`)")
    public Response defaultChart(@PathParam("tenantId") UUID tenantId) {
        ChartView chart = accounts.defaultChart(caller.get().userId());
        return Response.created(
                        UriBuilder.fromPath("/api/v1/tenants/{t}/gl-accounts").build(tenantId))
                .entity(chart)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(
            summary = "List GL accounts",
            description = "Filters: `type`, `kind`, `parent` (id of the group above), `active`, `q` (code or name"
                    + " contains). `sort`: code, name, type, created_at, updated_at; '-' for descending.")
    @APIResponse(responseCode = "200", description = "A page of GL accounts")
    @APIResponse(responseCode = "400", description = "Invalid filter, paging or sort")
    public Page<GlAccountView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "asset, liability, equity, income or expense")
                    @QueryParam("type")
                    @Pattern(regexp = "asset|liability|equity|income|expense")
                    String type,
            @Parameter(description = "postable or group") @QueryParam("kind") @Pattern(regexp = "postable|group")
                    String kind,
            @Parameter(description = "The id of the group above") @QueryParam("parent") String parent,
            @Parameter(description = "true: active accounts only; false: inactive ones only") @QueryParam("active")
                    Boolean active,
            @Parameter(description = "The code or name contains this (any case)") @QueryParam("q") @Size(max = 200)
                    String q,
            @QueryParam("sort") @DefaultValue("code") String sort) {
        return accounts.list(
                new GlAccountRepository.Filter(type, kind, uuid("parent", parent), active, q), sort, page, perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(summary = "A GL account")
    @APIResponse(
            responseCode = "200",
            description = "The GL account",
            content = @Content(schema = @Schema(implementation = GlAccountView.class)))
    public GlAccountView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return accounts.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Change a GL account",
            description = "In full. `active: false` deactivates it, unless a tax code or an active child account"
                    + " names it. An account that holds accounts stays a group of its type; a postable account a"
                    + " tax code names stays postable.")
    @APIResponse(
            responseCode = "200",
            description = "The GL account",
            content = @Content(schema = @Schema(implementation = GlAccountView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, parent (a cycle) or currency")
    @APIResponse(
            responseCode = "409",
            description = "Another account has the code (`gl-account-code-taken`), or the account is in use"
                    + " (`gl-account-in-use`)")
    public GlAccountView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull GlAccountRequests.Define body) {
        return accounts.change(caller.get().userId(), id, body);
    }

    private static UUID uuid(String name, String value) {
        if (value == null) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw new Failure.InvalidInput(name, "must be a UUID");
        }
    }
}
