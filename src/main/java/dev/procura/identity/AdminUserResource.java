package dev.procura.identity;

import dev.procura.identity.AdminUserViews.AdminUserSummary;
import dev.procura.identity.AdminUserViews.AdminUserView;
import dev.procura.platform.security.Caller;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.security.RequiresGroup;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/users")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.WILDCARD)
@RequiresGroup(Caller.PLATFORM_ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Platform administration", description = "For operators carrying the platform-admin group")
@APIResponse(responseCode = "401", description = "Missing, invalid, expired or revoked access token")
@APIResponse(responseCode = "403", description = "The caller is not a platform administrator")
public class AdminUserResource {

    @Inject
    AdminUserService admin;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(
            summary = "Find users",
            description = "By email or name (any part, any case), and by status; ordered by email.")
    @APIResponse(responseCode = "200", description = "A page of users")
    @APIResponse(responseCode = "400", description = "Invalid status or paging")
    public Page<AdminUserSummary> search(
            @Parameter(description = "Part of the email, first, last or full name") @QueryParam("q") @Size(max = 254)
                    String q,
            @QueryParam("status") @Pattern(regexp = "active|deactivated", message = "must be active or deactivated")
                    String status,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return admin.search(q, status, page, perPage);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One user, with status, verification, last login and tenant memberships")
    @APIResponse(responseCode = "200", description = "The user")
    @APIResponse(responseCode = "404", description = "No such user")
    public AdminUserView get(@PathParam("id") UUID id) {
        return admin.get(id);
    }

    @POST
    @Path("/{id}/deactivate")
    @Operation(
            summary = "Deactivate a user",
            description = "The user can no longer sign in or refresh (403 user-deactivated); every session ends"
                    + " at once on every server. Memberships stay.")
    @APIResponse(responseCode = "200", description = "Deactivated")
    @APIResponse(responseCode = "404", description = "No such user")
    @APIResponse(responseCode = "409", description = "Already deactivated, or the caller themself")
    public AdminUserView deactivate(@PathParam("id") UUID id) {
        return admin.deactivate(caller.get(), id);
    }

    @POST
    @Path("/{id}/reactivate")
    @Operation(summary = "Reactivate a deactivated user", description = "The user signs in again with their password.")
    @APIResponse(responseCode = "200", description = "Active again")
    @APIResponse(responseCode = "404", description = "No such user")
    @APIResponse(responseCode = "409", description = "Not deactivated")
    public AdminUserView reactivate(@PathParam("id") UUID id) {
        return admin.reactivate(id);
    }

    @POST
    @Path("/{id}/password-reset")
    @Operation(
            summary = "Force a password reset",
            description = "Every session of the user ends, a reset token is mailed to the user, and login answers"
                    + " 403 password-reset-required until the user sets a new password with it.")
    @APIResponse(responseCode = "200", description = "Reset forced; `password_reset_required` is true")
    @APIResponse(responseCode = "404", description = "No such user")
    public AdminUserView forcePasswordReset(@PathParam("id") UUID id) {
        return admin.forcePasswordReset(id);
    }
}
