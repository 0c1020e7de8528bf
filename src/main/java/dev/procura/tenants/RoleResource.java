package dev.procura.tenants;

import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.tenants.TenantViews.RoleView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/roles")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Roles", description = "Named sets of permissions: four system roles and the tenant's own")
@APIResponse(responseCode = "404", description = "No such tenant, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class RoleResource {

    @Inject
    RoleService roles;

    @GET
    @RequiresPermission(Permissions.ROLES_READ)
    @Operation(summary = "System and custom roles with their permissions")
    @APIResponse(responseCode = "200", description = "The roles")
    public List<RoleView> list(@PathParam("tenantId") UUID tenantId) {
        return roles.list(tenantId);
    }

    @POST
    @RequiresPermission(Permissions.ROLES_WRITE)
    @Operation(summary = "Define a custom role")
    @APIResponse(
            responseCode = "201",
            description = "Created",
            content = @Content(schema = @Schema(implementation = RoleView.class)))
    @APIResponse(responseCode = "400", description = "Unknown permission or bad name")
    @APIResponse(responseCode = "409", description = "A role with this name exists")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull TenantRequests.SaveRole body) {
        RoleView created = roles.create(tenantId, body);
        return Response.created(
                        UriBuilder.fromPath("/api/v1/tenants/{t}/roles/{r}").build(tenantId, created.name()))
                .entity(created)
                .build();
    }

    @PUT
    @Path("/{role}")
    @RequiresPermission(Permissions.ROLES_WRITE)
    @Operation(summary = "Redefine a custom role", description = "Members holding it get the new permissions at once.")
    @APIResponse(responseCode = "200", description = "The role")
    @APIResponse(responseCode = "409", description = "A system role")
    public RoleView update(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("role") String role,
            @Valid @NotNull TenantRequests.SaveRole body) {
        return roles.update(tenantId, role, body);
    }

    @DELETE
    @Path("/{role}")
    @RequiresPermission(Permissions.ROLES_WRITE)
    @Operation(summary = "Delete a custom role", description = "Refused (409) while a member holds it.")
    @APIResponse(responseCode = "204", description = "Deleted")
    @APIResponse(responseCode = "409", description = "A system role, or a role in use")
    public Response delete(@PathParam("tenantId") UUID tenantId, @PathParam("role") String role) {
        roles.delete(tenantId, role);
        return Response.noContent().build();
    }
}
