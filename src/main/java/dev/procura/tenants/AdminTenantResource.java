package dev.procura.tenants;

import dev.procura.platform.security.Caller;
import dev.procura.platform.security.RequiresGroup;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.tenants.TenantViews.AdminTenantView;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/tenants")
@Produces(MediaType.APPLICATION_JSON)
@RequiresGroup(Caller.PLATFORM_ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Platform administration", description = "For operators carrying the platform-admin group")
@APIResponse(responseCode = "403", description = "The caller is not a platform administrator")
public class AdminTenantResource {

    @Inject
    TenantAdminService admin;

    @GET
    @Operation(summary = "All tenants with status, database server and schema version")
    @APIResponse(responseCode = "200", description = "A page of tenants")
    public Page<AdminTenantView> list(
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return admin.list(page, perPage);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One tenant")
    @APIResponse(responseCode = "200", description = "The tenant")
    public AdminTenantView get(@PathParam("id") UUID id) {
        return admin.get(id);
    }

    @POST
    @Path("/{id}/suspend")
    @Operation(summary = "Suspend an active tenant", description = "Members get 403 tenant-suspended at once.")
    @APIResponse(responseCode = "200", description = "Suspended")
    @APIResponse(responseCode = "409", description = "Not active")
    public AdminTenantView suspend(@PathParam("id") UUID id) {
        return admin.suspend(id);
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Resume a suspended tenant")
    @APIResponse(responseCode = "200", description = "Active again")
    @APIResponse(responseCode = "409", description = "Not suspended")
    public AdminTenantView resume(@PathParam("id") UUID id) {
        return admin.resume(id);
    }

    @POST
    @Path("/{id}/restore")
    @Operation(summary = "Restore a soft-deleted tenant")
    @APIResponse(responseCode = "200", description = "Active again")
    @APIResponse(responseCode = "409", description = "Not deleted")
    public AdminTenantView restore(@PathParam("id") UUID id) {
        return admin.restore(id);
    }

    @DELETE
    @Path("/{id}")
    @Operation(
            summary = "Destroy a deleted tenant and drop its database",
            description = "Irreversible. Only for a soft-deleted tenant, and only with `confirm` equal to its id.")
    @APIResponse(responseCode = "204", description = "Destroyed")
    @APIResponse(responseCode = "400", description = "Missing or wrong confirmation")
    @APIResponse(responseCode = "409", description = "The tenant is not deleted")
    public Response destroy(@PathParam("id") UUID id, @QueryParam("confirm") String confirm) {
        admin.destroy(id, confirm);
        return Response.noContent().build();
    }
}
