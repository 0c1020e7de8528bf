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

@Path("/api/v1/auth/verify-email")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Registration, login, token refresh and logout")
public class EmailVerificationResource {

    @Inject
    EmailVerificationService verification;

    @POST
    @Public
    @Operation(
            summary = "Confirm the email address with the token from the registration email",
            description = "The token's user becomes verified (`email_verified` true). Single use.")
    @APIResponse(responseCode = "204", description = "Verified")
    @APIResponse(responseCode = "400", description = "invalid-verification-token (unknown, used or expired)")
    public Response verify(@Valid @NotNull IdentityRequests.VerifyEmail body) {
        verification.verify(body);
        return Response.noContent().build();
    }
}
