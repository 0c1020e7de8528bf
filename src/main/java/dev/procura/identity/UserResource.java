package dev.procura.identity;

import dev.procura.identity.IdentityViews.SessionView;
import dev.procura.identity.IdentityViews.UserTenantView;
import dev.procura.identity.IdentityViews.UserView;
import dev.procura.platform.security.Caller;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/users/me")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Me", description = "The signed-in user's profile, password, sessions and tenants")
@APIResponse(responseCode = "401", description = "Missing, invalid, expired or revoked access token")
public class UserResource {

    @Inject
    UserService users;

    @Inject
    SessionService sessions;

    @Inject
    CurrentCaller caller;

    @Inject
    EmailVerificationService verification;

    @Inject
    EmailSettingsService emailSettings;

    @GET
    @Operation(summary = "The signed-in user")
    @APIResponse(responseCode = "200", description = "The user (never the password hash)")
    public UserView me() {
        return users.me(caller.get());
    }

    @PUT
    @Operation(summary = "Change first and last name", description = "The email cannot be changed.")
    @APIResponse(responseCode = "200", description = "The updated user")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    public UserView update(@Valid @NotNull IdentityRequests.UpdateProfile body) {
        return users.updateProfile(caller.get(), body);
    }

    @PUT
    @Path("/password")
    @Operation(
            summary = "Change the password",
            description = "Needs the current password. Every other session of the user is revoked.")
    @APIResponse(responseCode = "204", description = "Password changed")
    @APIResponse(responseCode = "400", description = "Wrong current password or refused new password")
    public Response changePassword(@Valid @NotNull IdentityRequests.ChangePassword body) {
        users.changePassword(caller.get(), body);
        return Response.noContent().build();
    }

    @GET
    @Path("/sessions")
    @Operation(summary = "The user's active sessions", description = "Newest first; `current` marks the caller's.")
    @APIResponse(responseCode = "200", description = "A page of sessions")
    public Page<SessionView> sessions(
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        Caller me = caller.get();
        return sessions.listActive(me.userId(), me.sessionId(), page, perPage);
    }

    @DELETE
    @Path("/sessions/{id}")
    @Operation(
            summary = "Revoke one of the user's sessions",
            description = "Its tokens stop working at once. Another user's session id answers 404.")
    @APIResponse(responseCode = "204", description = "Revoked")
    @APIResponse(responseCode = "404", description = "No such active session of this user")
    public Response revokeSession(@PathParam("id") UUID id) {
        users.revokeSession(caller.get(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/tenants")
    @Operation(summary = "The tenants the user belongs to, with the user's role in each")
    @APIResponse(responseCode = "200", description = "A page of tenants")
    public Page<UserTenantView> tenants() {
        List<UserTenantView> tenants = users.tenantsOf(caller.get().userId());
        return new Page<>(tenants, 1, Math.max(tenants.size(), 1), tenants.size());
    }

    @POST
    @Path("/verification-email")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Send the verification email again",
            description = "A new token retires the earlier ones. Rate limited per email and per client address.")
    @APIResponse(responseCode = "202", description = "The email follows")
    @APIResponse(responseCode = "409", description = "The email is verified already")
    @APIResponse(responseCode = "429", description = "Too many verification emails asked for; see Retry-After")
    public Response resendVerification() {
        verification.resend(caller.get());
        return Response.accepted().build();
    }

    @GET
    @Path("/email-settings")
    @Operation(summary = "The user's email settings: notification address, digest and language")
    @APIResponse(responseCode = "200", description = "The settings (defaults until first changed)")
    public EmailSettingsService.EmailSettingsView emailSettings() {
        return emailSettings.get(caller.get());
    }

    @PUT
    @Path("/email-settings")
    @Operation(
            summary = "Change the user's email settings",
            description = "Notification emails go to `notification_address` (null: the login email) in `language`."
                    + " With a `daily` or `weekly` digest no email goes out per notification; one email lists the"
                    + " unread notifications since the last digest.")
    @APIResponse(responseCode = "200", description = "The new settings")
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (address, digest, or a language without templates)")
    public EmailSettingsService.EmailSettingsView changeEmailSettings(
            @Valid @NotNull IdentityRequests.ChangeEmailSettings body) {
        return emailSettings.change(caller.get(), body);
    }
}
