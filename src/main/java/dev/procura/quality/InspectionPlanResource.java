package dev.procura.quality;

import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.quality.InspectionPlanViews.PlanView;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/inspection-plans")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Inspection plans",
        description = "What to check on an item at receipt or at an operation: variable characteristics within"
                + " specification limits, attribute characteristics with defect codes")
@APIResponse(responseCode = "404", description = "No such tenant or plan, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class InspectionPlanResource {

    @Inject
    InspectionPlanService plans;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.QUALITY_WRITE)
    @Operation(
            summary = "Define an inspection plan",
            description = "For an item of the item master, at receipt or at one operation. Variable"
                    + " characteristics: lower_spec < nominal < upper_spec where given; attribute ones: defect"
                    + " codes from the type list `defect_code`. One active plan per item, scope and operation.")
    @APIResponse(
            responseCode = "201",
            description = "Defined",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(
            responseCode = "409",
            description = "Another active plan has the item, scope and operation (`inspection-plan-taken`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull InspectionPlanRequests.Define body) {
        PlanView created = plans.create(caller.get(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/inspection-plans/{id}")
                        .build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.QUALITY_READ)
    @Operation(summary = "List inspection plans", description = "By item, then scope and operation.")
    @APIResponse(responseCode = "200", description = "A page of plans")
    @APIResponse(responseCode = "400", description = "Invalid filter")
    public Page<PlanView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "Plans of this item") @QueryParam("item_code") @Size(max = 64) String itemCode,
            @Parameter(description = "receipt or operation")
                    @QueryParam("scope")
                    @Pattern(regexp = "receipt|operation", message = "must be receipt or operation")
                    String scope,
            @Parameter(description = "true: active plans only; false: inactive ones only") @QueryParam("active")
                    Boolean active) {
        return plans.list(new InspectionPlanRepository.Filter(itemCode, scope, active), page, perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.QUALITY_READ)
    @Operation(summary = "An inspection plan")
    @APIResponse(
            responseCode = "200",
            description = "The plan",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    public PlanView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return plans.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.QUALITY_WRITE)
    @Operation(
            summary = "Change an inspection plan",
            description = "In full. A characteristic keeps its id (and its SPC history) while its code stays;"
                    + " `active: false` stops new inspections.")
    @APIResponse(
            responseCode = "200",
            description = "The plan",
            content = @Content(schema = @Schema(implementation = PlanView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(
            responseCode = "409",
            description = "Another active plan has the item, scope and operation (`inspection-plan-taken`), or a"
                    + " dropped characteristic has measurements (`inspection-plan-in-use`)")
    public PlanView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull InspectionPlanRequests.Define body) {
        return plans.change(caller.get(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.QUALITY_WRITE)
    @Operation(summary = "Delete an inspection plan", description = "Only while no inspection follows it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(
            responseCode = "409",
            description = "Inspections follow the plan (`inspection-plan-in-use`): deactivate it instead")
    public Response delete(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        plans.delete(caller.get(), id);
        return Response.noContent().build();
    }
}
