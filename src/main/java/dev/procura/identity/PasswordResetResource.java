package dev.procura.identity;

import dev.procura.platform.security.Public;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auth/password-reset")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Registration, login, token refresh and logout")
public class PasswordResetResource {

    @Inject
    PasswordResetService resets;

    @POST
    @Public
    @Operation(
            summary = "Ask for a password reset email",
            description = "Always 202 with no body, whether an account has this email or not. An account gets an"
                    + " email with a single-use token valid for 30 minutes; a newer token retires the older ones."
                    + " Rate limited per email and per client address.")
    @APIResponse(responseCode = "202", description = "Accepted; an email follows if the account exists")
    @APIResponse(responseCode = "400", description = "Invalid fields")
    @APIResponse(responseCode = "429", description = "Too many requests for this email or address; see Retry-After")
    public Response request(@Valid @NotNull IdentityRequests.RequestPasswordReset body) {
        resets.request(body.email());
        return Response.accepted().build();
    }

    @POST
    @Path("/confirm")
    @Public
    @Operation(
            summary = "Set a new password with the emailed token",
            description = "The password policy applies. The token is spent, every session of the user ends, and a"
                    + " forced reset or lockout is lifted.")
    @APIResponse(responseCode = "204", description = "Password set")
    @APIResponse(
            responseCode = "400",
            description = "invalid-reset-token (unknown, used or expired) or validation (refused password)")
    public Response confirm(@Valid @NotNull IdentityRequests.ConfirmPasswordReset body) {
        resets.confirm(body);
        return Response.noContent().build();
    }
}
