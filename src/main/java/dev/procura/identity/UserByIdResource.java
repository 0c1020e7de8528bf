package dev.procura.identity;

import dev.procura.identity.IdentityViews.UserView;
import dev.procura.platform.security.CurrentCaller;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A user by id: what registration's {@code Location} names. {@code /users/me} is {@link UserResource}. */
@Path("/api/v1/users")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Me", description = "The signed-in user's profile, password, sessions and tenants")
public class UserByIdResource {

    @Inject
    UserService users;

    @Inject
    CurrentCaller caller;

    @GET
    @Path("/{id}")
    @Operation(
            summary = "A user by id",
            description =
                    "The user themself or a platform administrator; anyone else gets 404, as if it did not exist.")
    @APIResponse(responseCode = "200", description = "The user (never the password hash)")
    public UserView get(@PathParam("id") UUID id) {
        return users.get(caller.get(), id);
    }
}
