package dev.procura.projects;

import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantScoped;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.projects.ProjectViews.MilestoneView;
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
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/projects/{id}/milestones")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Projects")
@APIResponse(
        responseCode = "404",
        description = "No such tenant, project or milestone, not a member, or the project is at a plant the caller"
                + " does not read")
@APIResponse(
        responseCode = "403",
        description = "Role lacks the permission (or holds it only at other plants), or the tenant is suspended or"
                + " deleted")
@APIResponse(responseCode = "401", description = "No or an invalid access token")
public class MilestoneResource {

    @Inject
    MilestoneService milestones;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(
            summary = "Add a milestone",
            description = "Owned by a member; `predecessor_ids` are milestones of the same project that must complete"
                    + " first. Its owner is told once when it is still open after its planned day.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields, an owner who is not a member, unknown predecessors")
    @APIResponse(responseCode = "409", description = "The project is closed (`project-closed`)")
    public Response create(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull ProjectRequests.Milestone body) {
        MilestoneView created = milestones.create(caller.get(), id, body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/projects/{id}/milestones/{m}")
                        .build(tenantId, id, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.PROJECTS_READ)
    @PlantScoped
    @Operation(summary = "The project's milestones, by planned day")
    @APIResponse(responseCode = "200", description = "A page of milestones")
    @APIResponse(responseCode = "400", description = "A bad page")
    public Page<MilestoneView> list(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return milestones.list(id, page, perPage);
    }

    @GET
    @Path("/{m}")
    @RequiresPermission(Permissions.PROJECTS_READ)
    @PlantScoped
    @Operation(summary = "A milestone")
    @APIResponse(
            responseCode = "200",
            description = "The milestone",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    public MilestoneView get(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @PathParam("m") UUID milestoneId) {
        return milestones.get(id, milestoneId);
    }

    @PUT
    @Path("/{m}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(summary = "Change an open milestone, in full")
    @APIResponse(
            responseCode = "200",
            description = "The milestone",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields, an owner who is not a member, unknown predecessors, or a cycle")
    @APIResponse(
            responseCode = "409",
            description = "The milestone is completed or cancelled (`milestone-not-open`), or the project closed"
                    + " (`project-closed`)")
    public MilestoneView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @PathParam("m") UUID milestoneId,
            @Valid @NotNull ProjectRequests.Milestone body) {
        return milestones.change(caller.get(), id, milestoneId, body);
    }

    @POST
    @Path("/{m}/complete")
    @Consumes(MediaType.WILDCARD)
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(summary = "Complete a milestone", description = "On `actual_on` (default today), not after today.")
    @APIResponse(
            responseCode = "200",
            description = "Completed",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(responseCode = "400", description = "An actual day after today")
    @APIResponse(
            responseCode = "409",
            description = "Predecessors not completed (`milestone-predecessors-open`), not open"
                    + " (`milestone-not-open`), or the project closed (`project-closed`)")
    public MilestoneView complete(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @PathParam("m") UUID milestoneId,
            @Valid ProjectRequests.Completion body) {
        return milestones.complete(caller.get(), id, milestoneId, body);
    }

    @POST
    @Path("/{m}/cancel")
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(summary = "Cancel a milestone")
    @APIResponse(
            responseCode = "200",
            description = "Cancelled",
            content = @Content(schema = @Schema(implementation = MilestoneView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Not open (`milestone-not-open`), or the project closed (`project-closed`)")
    public MilestoneView cancel(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @PathParam("m") UUID milestoneId) {
        return milestones.cancel(caller.get(), id, milestoneId);
    }
}
