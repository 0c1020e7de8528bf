package dev.procura.tenants;

import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.tenants.TenantViews.TenantDetailView;
import dev.procura.tenants.TenantViews.TenantView;
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

@Path("/api/v1/tenants")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Tenants", description = "Companies using Procura; each has a database of its own")
@APIResponse(responseCode = "401", description = "Missing or invalid access token")
public class TenantResource {

    @Inject
    TenantService tenants;

    @Inject
    CurrentCaller caller;

    @Inject
    TenantContext tenant;

    @POST
    @Operation(
            summary = "Create a tenant",
            description =
                    "The caller becomes its admin. The tenant database " + "exists and is migrated before the answer.")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = TenantView.class)))
    @APIResponse(responseCode = "503", description = "The tenant database could not be created; nothing was kept")
    public Response create(@Valid @NotNull TenantRequests.Save body) {
        TenantView created = tenants.create(caller.get(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{id}").build(created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Operation(summary = "The caller's tenants, with the caller's role in each")
    @APIResponse(responseCode = "200", description = "A page of tenants")
    public Page<TenantView> mine(
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return tenants.listMine(caller.get(), page, perPage);
    }

    @GET
    @Path("/{tenantId}")
    @RequiresPermission(Permissions.TENANT_READ)
    @Operation(
            summary = "A tenant with its members",
            description = "404 for non-members, whether or not the tenant exists.")
    @APIResponse(responseCode = "200", description = "The tenant")
    @APIResponse(responseCode = "404", description = "No such tenant, or not a member")
    public TenantDetailView get(@PathParam("tenantId") UUID tenantId) {
        return tenants.get(tenantId, tenant.role());
    }

    @PUT
    @Path("/{tenantId}")
    @RequiresPermission(Permissions.TENANT_WRITE)
    @Operation(summary = "Rename a tenant (admin)")
    @APIResponse(responseCode = "200", description = "The tenant")
    @APIResponse(responseCode = "403", description = "The caller's role lacks tenant:write")
    public TenantView rename(@PathParam("tenantId") UUID tenantId, @Valid @NotNull TenantRequests.Save body) {
        return tenants.rename(tenantId, tenant.role(), body);
    }

    @DELETE
    @Path("/{tenantId}")
    @RequiresPermission(Permissions.TENANT_WRITE)
    @Operation(
            summary = "Delete a tenant (admin)",
            description = "Soft delete: access is refused from now on, the "
                    + "data is kept; a platform operator can restore it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("tenantId") UUID tenantId) {
        tenants.delete(caller.get(), tenantId);
        return Response.noContent().build();
    }
}
