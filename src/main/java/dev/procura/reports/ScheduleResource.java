package dev.procura.reports;

import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.reports.ScheduleViews.DeliveryView;
import dev.procura.reports.ScheduleViews.ScheduleView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/reports/{reportId}/schedules")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Reports")
@APIResponse(responseCode = "404", description = "No such tenant, report or schedule, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class ScheduleResource {

    private static final String SCHEDULE_400 = "Invalid fields (all reported): a cadence without its day, a field"
            + " another cadence uses, a bad cron expression, a recipient who is not a member or may not read the"
            + " report's dataset";

    @Inject
    ScheduleService schedules;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.ANALYTICS_MANAGE)
    @Operation(
            summary = "Schedule a report",
            description = "Daily, weekly or monthly at a time, or a cron expression, in the tenant's time zone; each"
                    + " run is mailed to the recipients (the file attached, or a link when it is large), once"
                    + " however many servers run, and retried when the run or an email fails.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "400", description = SCHEDULE_400)
    public Response create(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("reportId") UUID reportId,
            @Valid @NotNull ScheduleRequests.Define body) {
        ScheduleView created = schedules.create(caller.get().userId(), reportId, body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/reports/{r}/schedules/{id}")
                        .build(tenantId, reportId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(summary = "A report's schedules", description = "Oldest first.")
    @APIResponse(responseCode = "200", description = "A page of schedules")
    @APIResponse(responseCode = "400", description = "Bad paging parameters")
    public Page<ScheduleView> list(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("reportId") UUID reportId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return schedules.list(reportId, page, perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(summary = "A schedule", description = "With its next run and its cadence in words.")
    @APIResponse(
            responseCode = "200",
            description = "The schedule",
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    public ScheduleView get(
            @PathParam("tenantId") UUID tenantId, @PathParam("reportId") UUID reportId, @PathParam("id") UUID id) {
        return schedules.get(reportId, id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.ANALYTICS_MANAGE)
    @Operation(summary = "Change a schedule", description = "In full; `active: false` pauses it.")
    @APIResponse(
            responseCode = "200",
            description = "The schedule",
            content = @Content(schema = @Schema(implementation = ScheduleView.class)))
    @APIResponse(responseCode = "400", description = SCHEDULE_400)
    public ScheduleView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("reportId") UUID reportId,
            @PathParam("id") UUID id,
            @Valid @NotNull ScheduleRequests.Define body) {
        return schedules.change(caller.get().userId(), reportId, id, body);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.ANALYTICS_MANAGE)
    @Operation(summary = "Delete a schedule", description = "With its deliveries' records.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(
            @PathParam("tenantId") UUID tenantId, @PathParam("reportId") UUID reportId, @PathParam("id") UUID id) {
        schedules.delete(caller.get().userId(), reportId, id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/deliveries")
    @RequiresPermission(Permissions.ANALYTICS_READ)
    @Operation(
            summary = "A schedule's deliveries",
            description = "Newest first: each due run, its attempts, who got it, whether the file was attached.")
    @APIResponse(responseCode = "200", description = "A page of deliveries")
    @APIResponse(responseCode = "400", description = "Bad paging parameters")
    public Page<DeliveryView> deliveries(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("reportId") UUID reportId,
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return schedules.deliveries(reportId, id, page, perPage);
    }
}
