package dev.procura.budgets;

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

@Path("/api/v1/tenants/{tenantId}/budgets")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Budgets", description = "Per cost centre and period; checked when orders are submitted and approved")
@APIResponse(responseCode = "404", description = "No such tenant or budget, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class BudgetResource {

    @Inject
    BudgetService budgets;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.BUDGETS_WRITE)
    @Operation(summary = "Define a budget", description = "One per cost centre and period. Answers with its status.")
    @APIResponse(
            responseCode = "201",
            description = "Defined",
            content = @Content(schema = @Schema(implementation = BudgetFigures.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(
            responseCode = "409",
            description = "The cost centre already has a budget for the period (`budget-exists`)")
    public Response define(@PathParam("tenantId") UUID tenantId, @Valid @NotNull BudgetRequests.Define body) {
        BudgetFigures figures = budgets.define(caller.get(), body);
        return Response.created(
                        UriBuilder.fromPath("/api/v1/tenants/{t}/budgets/{id}").build(tenantId, figures.budgetId()))
                .entity(figures)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.BUDGETS_READ)
    @Operation(
            summary = "List budgets",
            description = "Filters: `cost_center`, `year`. `sort`: cost_center, period_start, "
                    + "amount, created_at; '-' for descending.")
    @APIResponse(responseCode = "200", description = "A page of budgets")
    public Page<BudgetView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @QueryParam("cost_center") String costCenter,
            @QueryParam("year") @Min(1900) @Max(9999) Integer year,
            @QueryParam("sort") @DefaultValue("period_start") String sort) {
        return budgets.list(costCenter, year, sort, page, perPage);
    }

    @GET
    @Path("/status")
    @RequiresPermission(Permissions.BUDGETS_READ)
    @Operation(
            summary = "Where a budget stands",
            description = "amount, committed (approved open orders not yet "
                    + "invoiced), spent (invoices), remaining and utilisation, in the budget's currency.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "400", description = "cost_center or period missing or malformed")
    public BudgetFigures status(
            @PathParam("tenantId") UUID tenantId,
            @Parameter(required = true, description = "The budget's cost centre") @QueryParam("cost_center")
                    String costCenter,
            @Parameter(required = true, description = "`2026`, `2026-Q4` or `2026-11`") @QueryParam("period")
                    String period) {
        if (costCenter == null || costCenter.isBlank()) {
            throw new Failure.InvalidInput("cost_center", "is required");
        }
        return budgets.status(costCenter, period);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.BUDGETS_READ)
    @Operation(summary = "A budget")
    @APIResponse(responseCode = "200", description = "The budget")
    public BudgetView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return budgets.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.BUDGETS_WRITE)
    @Operation(summary = "Change a budget", description = "Answers with its status.")
    @APIResponse(responseCode = "200", description = "The figures")
    @APIResponse(responseCode = "409", description = "Another budget has that cost centre and period")
    public BudgetFigures change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull BudgetRequests.Define body) {
        return budgets.change(caller.get(), id, body);
    }
}
