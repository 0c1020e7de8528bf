package dev.procura.ncrs;

import dev.procura.ncrs.NcrViews.ActionView;
import dev.procura.ncrs.NcrViews.NcrView;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantScoped;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.platform.web.Params;
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

@Path("/api/v1/tenants/{tenantId}/ncrs")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "NCRs",
        description = "Non-conformance reports: from a failed inspection, a receipt or by hand; disposition, root"
                + " cause, corrective and preventive actions; states and approvals through the NCR workflow")
@APIResponse(
        responseCode = "404",
        description = "No such tenant, NCR or action, not a member, or the NCR is at a plant the caller does not read")
@APIResponse(
        responseCode = "403",
        description = "Role lacks the permission (or holds it only at other plants), or the tenant is suspended or"
                + " deleted")
public class NcrResource {

    private static final String NCR_PATH = "/api/v1/tenants/{t}/ncrs/{id}";

    @Inject
    NcrService ncrs;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.QUALITY_WRITE)
    @PlantScoped
    @Operation(
            summary = "Raise an NCR",
            description = "Source `inspection` (needs `inspection_id`), `receipt` (needs `receipt_id`: the"
                    + " receipt's supplier, and its item when it names one) or `manual`. The item is one of the item"
                    + " master, the supplier and plant the tenant's, the defect codes active values of the type list"
                    + " `defect_code`. Numbered NCR-000001 on; status: the NCR workflow's initial state (`open`"
                    + " without one).")
    @APIResponse(
            responseCode = "201",
            description = "Raised",
            content = @Content(schema = @Schema(implementation = NcrView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    public Response raise(@PathParam("tenantId") UUID tenantId, @Valid @NotNull NcrRequests.Raise body) {
        NcrView raised = ncrs.raise(caller.get(), body);
        return Response.created(UriBuilder.fromPath(NCR_PATH).build(tenantId, raised.id()))
                .entity(raised)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.QUALITY_READ)
    @PlantScoped
    @Operation(
            summary = "List NCRs",
            description = "Only NCRs of plants where the caller reads quality records (all with quality:read"
                    + " tenant-wide). Filters: `status`, `supplier_id`, `item_code`, `source`, `plant_id`, `from`/`to`"
                    + " (raised on). `sort`: number, raised_on, quantity, status, created_at, updated_at; '-' for"
                    + " descending.")
    @APIResponse(responseCode = "200", description = "A page of NCRs")
    @APIResponse(responseCode = "400", description = "A bad filter, date or sort")
    public Page<NcrView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "The NCR's workflow state") @QueryParam("status") @Size(max = 64) String status,
            @QueryParam("supplier_id") UUID supplierId,
            @QueryParam("item_code") @Size(max = 64) String itemCode,
            @QueryParam("source") @Pattern(regexp = NcrRequests.SOURCES) String source,
            @QueryParam("plant_id") UUID plantId,
            @Parameter(description = "Raised on or after this day") @QueryParam("from") String from,
            @Parameter(description = "Raised on or before this day") @QueryParam("to") String to,
            @QueryParam("sort") @DefaultValue("-number") String sort) {
        return ncrs.list(
                new NcrRepository.Filter(
                        status,
                        supplierId,
                        itemCode,
                        source,
                        plantId,
                        Params.date("from", from),
                        Params.date("to", to),
                        null),
                sort,
                page,
                perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.QUALITY_READ)
    @PlantScoped
    @Operation(summary = "An NCR with its actions")
    @APIResponse(
            responseCode = "200",
            description = "The NCR",
            content = @Content(schema = @Schema(implementation = NcrView.class)))
    public NcrView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return ncrs.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.QUALITY_WRITE)
    @PlantScoped
    @Operation(
            summary = "Change an NCR's finding",
            description = "In full: item, supplier, plant, quantity, unit, defect codes, description, disposition,"
                    + " root cause. Source, inspection, receipt and status stay; a receipt's NCR keeps the receipt's"
                    + " supplier and items. Its status moves only through its workflow's transitions.")
    @APIResponse(
            responseCode = "200",
            description = "The NCR",
            content = @Content(schema = @Schema(implementation = NcrView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(responseCode = "409", description = "The NCR is closed (`ncr-closed`)")
    public NcrView change(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @Valid @NotNull NcrRequests.Change body) {
        return ncrs.change(caller.get(), id, body);
    }

    @POST
    @Path("/{id}/actions")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.QUALITY_WRITE)
    @PlantScoped
    @Operation(
            summary = "Add a corrective or preventive action",
            description = "Owned by a member of the tenant, due on a day not before the NCR was raised; `done_on`"
                    + " (not after today) records it done at once. Open corrective actions keep the NCR from"
                    + " closing.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or an owner who is not a member")
    @APIResponse(responseCode = "409", description = "The NCR is closed (`ncr-closed`)")
    public Response addAction(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @Valid @NotNull NcrRequests.Action body) {
        ActionView added = ncrs.addAction(caller.get(), id, body);
        return Response.created(UriBuilder.fromPath(NCR_PATH + "/actions/{aid}").build(tenantId, id, added.id()))
                .entity(added)
                .build();
    }

    @GET
    @Path("/{id}/actions/{aid}")
    @RequiresPermission(Permissions.QUALITY_READ)
    @PlantScoped
    @Operation(summary = "One action of an NCR")
    @APIResponse(
            responseCode = "200",
            description = "The action",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    public ActionView action(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @PathParam("aid") UUID actionId) {
        return ncrs.action(id, actionId);
    }

    @PUT
    @Path("/{id}/actions/{aid}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.QUALITY_WRITE)
    @PlantScoped
    @Operation(
            summary = "Change an action, or mark it done",
            description = "Changes the fields named: description, owner, due day; `done_on` marks it done,"
                    + " `reopen: true` opens it again.")
    @APIResponse(
            responseCode = "200",
            description = "The action",
            content = @Content(schema = @Schema(implementation = ActionView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, or an owner who is not a member")
    @APIResponse(responseCode = "409", description = "The NCR is closed (`ncr-closed`)")
    public ActionView changeAction(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @PathParam("aid") UUID actionId,
            @Valid @NotNull NcrRequests.ActionChange body) {
        return ncrs.changeAction(caller.get(), id, actionId, body);
    }
}
