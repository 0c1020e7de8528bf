package dev.procura.costcentres;

import dev.procura.costcentres.CostCentreViews.CostCentreView;
import dev.procura.costcentres.CostCentreViews.TreeView;
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

@Path("/api/v1/tenants/{tenantId}/cost-centres")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Cost centres",
        description = "The cost centres budgets and purchase orders name in cost_center: a hierarchy with owners;"
                + " new budgets and orders must name an active one")
@APIResponse(responseCode = "404", description = "No such tenant or cost centre, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class CostCentreResource {

    @Inject
    CostCentreService centres;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Add a cost centre",
            description = "The code is unique in any case. parent_code names an existing cost centre (active, for"
                    + " an active one); owner_id a member of the tenant.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = CostCentreView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported), unknown parent or owner")
    @APIResponse(responseCode = "409", description = "Another cost centre has the code (`cost-centre-code-taken`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull CostCentreRequests.Define body) {
        CostCentreView created = centres.create(caller.get().userId(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/cost-centres/{id}")
                        .build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(
            summary = "List cost centres",
            description = "Filters: `q` (code or name contains), `active`, `parent` (the children of a cost centre,"
                    + " by id or code), `owner_id`. `sort`: code, name, created_at, updated_at; '-' for descending.")
    @APIResponse(responseCode = "200", description = "A page of cost centres")
    @APIResponse(responseCode = "400", description = "Invalid paging, filter or sort")
    public Page<CostCentreView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "The code or name contains this (any case)") @QueryParam("q") @Size(max = 200)
                    String q,
            @Parameter(description = "true: active cost centres only; false: inactive ones only") @QueryParam("active")
                    Boolean active,
            @Parameter(description = "Only the children of this cost centre (its id, or its code in any case)")
                    @QueryParam("parent")
                    @Size(max = 40)
                    String parent,
            @Parameter(description = "Only those this member owns") @QueryParam("owner_id") UUID ownerId,
            @QueryParam("sort") @DefaultValue("code") String sort) {
        return centres.list(q, active, parent, ownerId, sort, page, perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(summary = "A cost centre")
    @APIResponse(
            responseCode = "200",
            description = "The cost centre",
            content = @Content(schema = @Schema(implementation = CostCentreView.class)))
    public CostCentreView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return centres.get(id);
    }

    @GET
    @Path("/{id}/tree")
    @RequiresPermission(Permissions.MASTERS_READ)
    @Operation(
            summary = "A cost centre and everything below it",
            description = "Its children, theirs, and so on, each level by code; inactive ones included.")
    @APIResponse(
            responseCode = "200",
            description = "The tree",
            content = @Content(schema = @Schema(implementation = TreeView.class)))
    public TreeView tree(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return centres.tree(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.MASTERS_WRITE)
    @Operation(
            summary = "Change a cost centre",
            description = "In full. `active: false` deactivates it: budgets and orders that name it keep it, no new"
                    + " or changed one may name it. A parent below the cost centre itself (a cycle) is refused.")
    @APIResponse(
            responseCode = "200",
            description = "The cost centre",
            content = @Content(schema = @Schema(implementation = CostCentreView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported), unknown parent or owner, a cycle")
    @APIResponse(
            responseCode = "409",
            description = "Another cost centre has the code (`cost-centre-code-taken`), or it is deactivated while"
                    + " active cost centres sit under it (`cost-centre-has-active-children`)")
    public CostCentreView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull CostCentreRequests.Define body) {
        return centres.change(caller.get().userId(), id, body);
    }
}
