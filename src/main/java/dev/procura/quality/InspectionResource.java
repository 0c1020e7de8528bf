package dev.procura.quality;

import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantScoped;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.quality.InspectionViews.InspectionView;
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

@Path("/api/v1/tenants/{tenantId}/inspections")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Inspections",
        description = "Inspections of received goods and work order operations against inspection plans:"
                + " measurements, results per characteristic, and the decision that closes them")
@APIResponse(responseCode = "404", description = "No such tenant or inspection, not a member, or outside your plants")
@APIResponse(
        responseCode = "403",
        description = "Role lacks the permission (at the inspection's plant), or the tenant is suspended or deleted")
public class InspectionResource {

    @Inject
    InspectionService inspections;

    @Inject
    InspectionMeasurements measurements;

    @Inject
    InspectionDecisions decisions;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.QUALITY_WRITE)
    @PlantScoped
    @Operation(
            summary = "Open an inspection by hand",
            description = "Receipts and released work orders open theirs on their own where an active plan asks.")
    @APIResponse(
            responseCode = "201",
            description = "Opened",
            content = @Content(schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported): no such or inactive plan, item")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull InspectionRequests.Create body) {
        InspectionView created = inspections.create(caller.get(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/inspections/{id}")
                        .build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.QUALITY_READ)
    @PlantScoped
    @Operation(summary = "List inspections", description = "Newest first; only those at plants you read.")
    @APIResponse(responseCode = "200", description = "A page of inspections (without results)")
    @APIResponse(responseCode = "400", description = "Invalid filter")
    public Page<InspectionView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "open or closed")
                    @QueryParam("status")
                    @Pattern(regexp = "open|closed", message = "must be open or closed")
                    String status,
            @QueryParam("item_code") @Size(max = 64) String itemCode,
            @Parameter(description = "receipt, work_order or manual")
                    @QueryParam("source")
                    @Pattern(regexp = "receipt|work_order|manual", message = "must be receipt, work_order or manual")
                    String source,
            @Parameter(description = "Inspections at this plant") @QueryParam("plant_id") UUID plantId) {
        return inspections.list(
                new InspectionRepository.Filter(status, itemCode, source, plantId, null), page, perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.QUALITY_READ)
    @PlantScoped
    @Operation(summary = "An inspection with its results per characteristic and its measurements")
    @APIResponse(
            responseCode = "200",
            description = "The inspection",
            content = @Content(schema = @Schema(implementation = InspectionView.class)))
    public InspectionView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return inspections.get(id);
    }

    @POST
    @Path("/{id}/measurements")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.QUALITY_WRITE)
    @PlantScoped
    @Operation(
            summary = "Record measurements",
            description = "One at the top level, or a batch in `measurements` (all or none). Each names a"
                    + " characteristic by code and a subgroup (at most the sample size each); a variable gives"
                    + " `value` (outside the specification limits: failed), an attribute `passed` and perhaps"
                    + " `defect_code`. `measured_at` defaults to now and is not in the future.")
    @APIResponse(
            responseCode = "200",
            description = "The inspection with its results",
            content = @Content(schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid measurements (all reported, by index in a batch)")
    @APIResponse(responseCode = "409", description = "The inspection is closed (`invalid-transition`)")
    public InspectionView measure(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull InspectionRequests.Measurements body) {
        return measurements.record(caller.get(), id, body);
    }

    @POST
    @Path("/{id}/decision")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.QUALITY_WRITE)
    @PlantScoped
    @Operation(
            summary = "Decide an inspection",
            description = "Closes it. `accept` only when no characteristic failed; `accept_with_deviation` states"
                    + " the deviation; `reject` rejects `rejected_quantity` (all when left out), which on a receipt"
                    + " inspection moves from accepted to rejected on the receipt line.")
    @APIResponse(
            responseCode = "200",
            description = "The closed inspection",
            content = @Content(schema = @Schema(implementation = InspectionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(responseCode = "409", description = "The inspection is closed already (`invalid-transition`)")
    public InspectionView decide(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull InspectionRequests.Decide body) {
        return decisions.decide(caller.get(), id, body);
    }
}
