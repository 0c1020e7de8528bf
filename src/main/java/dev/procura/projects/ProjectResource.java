package dev.procura.projects;

import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantScoped;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.projects.ProjectViews.BudgetView;
import dev.procura.projects.ProjectViews.ProjectView;
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

@Path("/api/v1/tenants/{tenantId}/projects")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Projects",
        description = "Projects: customer, plant, manager, dates, a budget that purchase orders naming the project"
                + " draw on, status; their documents (versions, check-out lock) and milestones")
@APIResponse(
        responseCode = "404",
        description = "No such tenant or project, not a member, or the project is at a plant the caller does not read")
@APIResponse(
        responseCode = "403",
        description = "Role lacks the permission (or holds it only at other plants), or the tenant is suspended or"
                + " deleted")
@APIResponse(responseCode = "401", description = "No or an invalid access token")
public class ProjectResource {

    static final String PROJECT_PATH = "/api/v1/tenants/{t}/projects/{id}";

    @Inject
    ProjectService projects;

    @Inject
    ProjectBudgetCheck budgets;

    @Inject
    MilestoneService milestones;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(
            summary = "Create a project",
            description = "Planned at first. The customer is one of the tenant's, the manager a member, the cost"
                    + " centre an active one; `ends_on` is not before `starts_on`.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(responseCode = "409", description = "The code is taken (`project-code-taken`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull ProjectRequests.Define body) {
        ProjectView created = projects.create(caller.get(), body);
        return Response.created(UriBuilder.fromPath(PROJECT_PATH).build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.PROJECTS_READ)
    @PlantScoped
    @Operation(
            summary = "List projects",
            description = "Only projects of plants where the caller reads projects (all with projects:read"
                    + " tenant-wide). Filters: `q` (code or name contains), `status`, `customer_id`, `plant_id`,"
                    + " `manager_id`. `sort`: code, name, starts_on, ends_on, status, budget_amount, created_at,"
                    + " updated_at; '-' for descending.")
    @APIResponse(responseCode = "200", description = "A page of projects")
    @APIResponse(responseCode = "400", description = "A bad filter or sort")
    public Page<ProjectView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "Code or name contains") @QueryParam("q") @Size(max = 200) String q,
            @QueryParam("status")
                    @Pattern(
                            regexp = "planned|active|on_hold|closed",
                            message = "must be one of planned, active, on_hold, closed")
                    String status,
            @QueryParam("customer_id") UUID customerId,
            @QueryParam("plant_id") UUID plantId,
            @QueryParam("manager_id") UUID managerId,
            @QueryParam("sort") @DefaultValue("code") String sort) {
        return projects.list(
                new ProjectRepository.Filter(q, status, customerId, plantId, managerId, null), sort, page, perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.PROJECTS_READ)
    @PlantScoped
    @Operation(summary = "A project")
    @APIResponse(
            responseCode = "200",
            description = "The project",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    public ProjectView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return projects.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(
            summary = "Change a project",
            description = "In full, naming the `version` read. Its status moves only through the actions.")
    @APIResponse(
            responseCode = "200",
            description = "The project",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported), or no version")
    @APIResponse(
            responseCode = "409",
            description = "Changed meanwhile (`project-changed`), closed (`project-closed`), or the code is taken"
                    + " (`project-code-taken`)")
    public ProjectView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull ProjectRequests.Define body) {
        return projects.change(caller.get(), id, body);
    }

    @POST
    @Path("/{id}/activate")
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(summary = "Start a planned project, or resume one on hold")
    @APIResponse(
            responseCode = "200",
            description = "Active",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "409", description = "Not planned or on hold (`invalid-transition`)")
    public ProjectView activate(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return projects.move(caller.get(), id, ProjectStatus.ACTIVE, "activated", "activated");
    }

    @POST
    @Path("/{id}/hold")
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(summary = "Put an active project on hold")
    @APIResponse(
            responseCode = "200",
            description = "On hold",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "409", description = "Not active (`invalid-transition`)")
    public ProjectView hold(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return projects.move(caller.get(), id, ProjectStatus.ON_HOLD, "put on hold", "put_on_hold");
    }

    @POST
    @Path("/{id}/close")
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(summary = "Close a project (final)")
    @APIResponse(
            responseCode = "200",
            description = "Closed",
            content = @Content(schema = @Schema(implementation = ProjectView.class)))
    @APIResponse(responseCode = "409", description = "Already closed (`invalid-transition`)")
    public ProjectView close(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return projects.move(caller.get(), id, ProjectStatus.CLOSED, "closed", "closed");
    }

    @GET
    @Path("/{id}/budget")
    @RequiresPermission(Permissions.PROJECTS_READ)
    @PlantScoped
    @Operation(
            summary = "The project's budget: amount, committed, remaining",
            description = "Committed: the totals of the purchase orders naming the project that are submitted (pending"
                    + " approval or later) and not cancelled, converted into the project's currency at today's rate.")
    @APIResponse(
            responseCode = "200",
            description = "The figures",
            content = @Content(schema = @Schema(implementation = BudgetView.class)))
    @APIResponse(responseCode = "409", description = "No exchange rate for an order's currency (`no-exchange-rate`)")
    public BudgetView budget(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return budgets.figures(id);
    }

    @POST
    @Path("/milestones/overdue-check")
    @RequiresPermission(Permissions.PROJECTS_ADMIN)
    @Operation(
            summary = "Run the overdue milestone check now (admin)",
            description = "What the scheduled check does every procura.projects.overdue-check-interval: the owner of"
                    + " each open milestone past its planned day (tenant calendar) is told once.")
    @APIResponse(
            responseCode = "200",
            description = "How many owners were told",
            content = @Content(schema = @Schema(implementation = ProjectViews.OverdueCheck.class)))
    public ProjectViews.OverdueCheck checkOverdue(@PathParam("tenantId") UUID tenantId) {
        return new ProjectViews.OverdueCheck(milestones.notifyOverdueNow());
    }
}
