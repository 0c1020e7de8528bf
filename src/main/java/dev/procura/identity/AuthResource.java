package dev.procura.identity;

import dev.procura.identity.IdentityViews.TokenView;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.security.Public;
import dev.procura.platform.web.Problem;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/auth")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Authentication", description = "Registration, login, token refresh and logout")
public class AuthResource {

    @Inject
    UserService users;

    @Inject
    AuthService auth;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("/register")
    @Public
    @Operation(
            summary = "Create an account",
            description = "Password: at least 8 characters (configurable), not the email, not a common password. "
                    + "The new account is signed in: the answer holds the user and a token pair, as a login's does.")
    @APIResponse(
            responseCode = "201",
            description = "Account created and signed in; `Location` names the user",
            content = @Content(schema = @Schema(implementation = TokenView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields",
            content =
                    @Content(
                            mediaType = Problem.MEDIA_TYPE,
                            examples = @ExampleObject(name = "weak password", value = """
                    {"type":"https://procura.dev/problems/validation","title":"Invalid request","status":400,
                     "detail":"1 field is invalid","errors":[{"field":"password","message":"is too common"}]}""")))
    @APIResponse(responseCode = "409", description = "An account with this email already exists")
    public Response register(@Valid @NotNull IdentityRequests.Register body) {
        TokenView signedIn = auth.register(body);
        return Response.created(UriBuilder.fromPath("/api/v1/users/{id}")
                        .build(signedIn.user().id()))
                .entity(signedIn)
                .build();
    }

    @POST
    @Path("/login")
    @Public
    @Operation(
            summary = "Sign in with email and password",
            description = "Unknown email and wrong password give the same 401. Repeated failures lock the "
                    + "account for a growing time and throttle the client address (429 with Retry-After).")
    @APIResponse(
            responseCode = "200",
            description = "Signed in",
            content =
                    @Content(
                            schema = @Schema(implementation = TokenView.class),
                            examples = @ExampleObject(name = "tokens", value = """
                    {"access_token":"eyJhbGciOiJSUzI1NiIs…","refresh_token":"Zk9x…","token_type":"Bearer",
                     "expires_in":900,"user":{"id":"0b6f4e0c-7a8d-4c4e-9b58-2f4ad1c3e9a1","email":"ana@example.com","first_name":"Ana",
                     "last_name":"Silva","groups":[]},"tenants":[]}""")))
    @APIResponse(responseCode = "401", description = "Wrong email or password")
    @APIResponse(
            responseCode = "403",
            description = "The account is deactivated (`user-deactivated`) or must set a new password first"
                    + " (`password-reset-required`)")
    @APIResponse(responseCode = "429", description = "Account locked or address throttled; see Retry-After")
    public TokenView login(@Valid @NotNull IdentityRequests.Login body) {
        return auth.login(body);
    }

    @POST
    @Path("/refresh")
    @Public
    @Operation(
            summary = "Exchange a refresh token for new tokens",
            description = "Returns a new access token and a new refresh token; the presented one is spent. "
                    + "Presenting a spent refresh token again revokes its whole session.")
    @APIResponse(
            responseCode = "200",
            description = "New tokens",
            content = @Content(schema = @Schema(implementation = TokenView.class)))
    @APIResponse(responseCode = "401", description = "Unknown, expired or reused refresh token")
    @APIResponse(
            responseCode = "403",
            description = "The account was deactivated or must set a new password first since the session began")
    public TokenView refresh(@Valid @NotNull IdentityRequests.Refresh body) {
        return auth.refresh(body);
    }

    @POST
    @Path("/logout")
    @Consumes(MediaType.WILDCARD)
    @SecurityRequirement(name = "bearer")
    @Operation(
            summary = "End the caller's session",
            description = "Its refresh token and every access token of the session stop working at once.")
    @APIResponse(responseCode = "204", description = "Signed out")
    @APIResponse(responseCode = "401", description = "Missing or invalid access token")
    public Response logout() {
        auth.logout(caller.get());
        return Response.noContent().build();
    }
}
