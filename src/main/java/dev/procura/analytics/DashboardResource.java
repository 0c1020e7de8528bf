package dev.procura.analytics;

import dev.procura.analytics.DashboardViews.DashboardData;
import dev.procura.analytics.DashboardViews.DashboardView;
import dev.procura.analytics.DashboardViews.Kpis;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/dashboards")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Dashboards",
        description = "Named tiles, each a KPI over a period relative to today with an optional comparison with the"
                + " period before; every tile's value in one call. The procurement dashboard is built in.")
@APIResponse(responseCode = "404", description = "No such tenant or dashboard, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class DashboardResource {

    @Inject
    DashboardService dashboards;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.ANALYTICS_MANAGE)
    @Operation(
            summary = "Create a dashboard",
            description = "1 to 24 tiles; each names a tile KPI (GET /dashboards/kpis), a period and whether to"
                    + " compare; the supplier and savings KPIs take the filters supplier_id, category, cost_centre"
                    + " and currency, the others none.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = DashboardView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (all reported), an unknown KPI, a filter a KPI does not take")
    @APIResponse(responseCode = "409", description = "Another dashboard has the name (`dashboard-name-taken`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull DashboardRequests.Define body) {
        DashboardView created = dashboards.create(caller.get().userId(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/dashboards/{id}")
                        .build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(
            summary = "The dashboards",
            description = "The built-in procurement dashboard first, then the tenant's by name; all on one page"
                    + " (a tenant has a handful).")
    @APIResponse(responseCode = "200", description = "Every dashboard")
    public Page<DashboardView> list(@PathParam("tenantId") UUID tenantId) {
        List<DashboardView> all = dashboards.list();
        return new Page<>(all, 1, Math.max(all.size(), 1), all.size());
    }

    @GET
    @Path("/kpis")
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(summary = "The KPIs a tile can show", description = "Each read off an analytics endpoint's answer.")
    @APIResponse(
            responseCode = "200",
            description = "The tile KPIs",
            content = @Content(schema = @Schema(implementation = Kpis.class)))
    public Kpis kpis(@PathParam("tenantId") UUID tenantId) {
        return dashboards.kpis();
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(summary = "A dashboard")
    @APIResponse(
            responseCode = "200",
            description = "The dashboard",
            content = @Content(schema = @Schema(implementation = DashboardView.class)))
    public DashboardView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return dashboards.get(id);
    }

    @GET
    @Path("/{id}/data")
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(
            summary = "Every tile's value",
            description = "As of the tenant's today: each tile's period and value, and where it compares the period"
                    + " before, the change and the change in percent. Amounts in the tenant currency.")
    @APIResponse(
            responseCode = "200",
            description = "The values",
            content = @Content(schema = @Schema(implementation = DashboardData.class)))
    @APIResponse(responseCode = "409", description = "No exchange rate for a document's date (`no-exchange-rate`)")
    public DashboardData data(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return dashboards.data(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.ANALYTICS_MANAGE)
    @Operation(summary = "Change a dashboard", description = "In full, as created.")
    @APIResponse(
            responseCode = "200",
            description = "The dashboard",
            content = @Content(schema = @Schema(implementation = DashboardView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (all reported), an unknown KPI, a filter a KPI does not take")
    @APIResponse(
            responseCode = "409",
            description =
                    "Another dashboard has the name (`dashboard-name-taken`), or it is built in (`dashboard-built-in`)")
    public DashboardView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull DashboardRequests.Define body) {
        return dashboards.change(caller.get().userId(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.ANALYTICS_MANAGE)
    @Operation(summary = "Delete a dashboard")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "It is built in (`dashboard-built-in`)")
    public Response delete(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        dashboards.delete(caller.get().userId(), id);
        return Response.noContent().build();
    }
}
