package dev.procura.tenants;

import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.tenants.TenantViews.MemberView;
import dev.procura.tenants.TenantViews.RoleAssignmentsView;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
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

@Path("/api/v1/tenants/{tenantId}/members")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Members", description = "Who belongs to a tenant, with which roles (tenant-wide or per plant)")
@APIResponse(responseCode = "404", description = "No such tenant, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class MemberResource {

    @Inject
    MemberService members;

    @Inject
    RoleAssignmentService assignments;

    @GET
    @RequiresPermission(Permissions.MEMBERS_READ)
    @Operation(summary = "Members of the tenant")
    @APIResponse(responseCode = "200", description = "A page of members")
    public Page<MemberView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return members.list(tenantId, page, perPage);
    }

    @POST
    @RequiresPermission(Permissions.MEMBERS_WRITE)
    @Operation(summary = "Add a registered user with a role")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = MemberView.class)))
    @APIResponse(responseCode = "400", description = "No user with this email, or unknown role")
    @APIResponse(responseCode = "409", description = "Already a member")
    public Response add(@PathParam("tenantId") UUID tenantId, @Valid @NotNull TenantRequests.AddMember body) {
        MemberView added = members.add(tenantId, body);
        return Response.created(
                        UriBuilder.fromPath("/api/v1/tenants/{t}/members/{u}").build(tenantId, added.userId()))
                .entity(added)
                .build();
    }

    @PATCH
    @Path("/{userId}")
    @RequiresPermission(Permissions.MEMBERS_WRITE)
    @Operation(summary = "Change a member's role", description = "The last admin cannot be demoted (409).")
    @APIResponse(responseCode = "200", description = "The member")
    @APIResponse(responseCode = "409", description = "Would leave the tenant without an admin")
    public MemberView changeRole(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("userId") UUID userId,
            @Valid @NotNull TenantRequests.ChangeRole body) {
        return members.changeRole(tenantId, userId, body);
    }

    @GET
    @Path("/{userId}/roles")
    @RequiresPermission(Permissions.MEMBERS_READ)
    @Operation(
            summary = "A member's role assignments",
            description = "The primary role first (tenant-wide), then further assignments, each tenant-wide or"
                    + " for some plants.")
    @APIResponse(
            responseCode = "200",
            description = "The assignments",
            content = @Content(schema = @Schema(implementation = RoleAssignmentsView.class)))
    public RoleAssignmentsView roles(@PathParam("tenantId") UUID tenantId, @PathParam("userId") UUID userId) {
        return assignments.of(tenantId, userId);
    }

    @PUT
    @Path("/{userId}/roles")
    @RequiresPermission(Permissions.MEMBERS_WRITE)
    @Operation(
            summary = "Set a member's role assignments",
            description = "Replaces them all. Each assignment is tenant-wide (no `plant_ids`) or for the listed"
                    + " plants of this tenant; the first tenant-wide one becomes the primary role. A permission held"
                    + " only at some plants applies to records of those plants only: purchase orders and receipts"
                    + " elsewhere, or at no plant, are not listed, not found (404) and not writable (403"
                    + " `plant-access-denied`); every other API needs the permission tenant-wide.")
    @APIResponse(
            responseCode = "200",
            description = "The assignments",
            content = @Content(schema = @Schema(implementation = RoleAssignmentsView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields: unknown role, a role twice, no tenant-wide assignment, unknown plant")
    @APIResponse(responseCode = "409", description = "Would leave the tenant without an admin")
    public RoleAssignmentsView setRoles(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("userId") UUID userId,
            @Valid @NotNull TenantRequests.SetRoles body) {
        return assignments.set(tenantId, userId, body);
    }

    @DELETE
    @Path("/{userId}")
    @RequiresPermission(Permissions.MEMBERS_WRITE)
    @Operation(summary = "Remove a member", description = "The last admin cannot be removed (409).")
    @APIResponse(responseCode = "204", description = "Removed")
    @APIResponse(responseCode = "409", description = "Would leave the tenant without an admin")
    public Response remove(@PathParam("tenantId") UUID tenantId, @PathParam("userId") UUID userId) {
        members.remove(tenantId, userId);
        return Response.noContent().build();
    }
}
