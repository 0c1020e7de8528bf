package dev.procura.notifications;

import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** What reaches the caller how: per notification type, in the application and by email. */
@Path("/api/v1/tenants/{tenantId}/notifications/preferences")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Notifications")
@APIResponse(responseCode = "404", description = "No such tenant, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class NotificationPreferenceResource {

    @Inject
    NotificationService notifications;

    @Inject
    CurrentCaller caller;

    @GET
    @RequiresPermission(Permissions.TENANT_READ)
    @Operation(
            summary = "The caller's notification preferences",
            description =
                    "Every type with both channels: "
                            + "`{\"budget_warning\": {\"in_app\": true, \"email\": false}, …}`. Everything is on until turned off.")
    @APIResponse(responseCode = "200", description = "The preferences")
    public Map<String, Map<String, Boolean>> preferences(@PathParam("tenantId") UUID tenantId) {
        return notifications.preferences(caller.get());
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.TENANT_READ)
    @Operation(
            summary = "Change notification preferences",
            description =
                    "Any subset of types and channels, e.g. "
                            + "`{\"status_update\": {\"email\": false}}`; the others stay as they are. Answers with all of them.")
    @APIResponse(responseCode = "200", description = "The preferences")
    @APIResponse(
            responseCode = "400",
            description = "An unknown type or channel, or a value that is not true or false; " + "nothing is changed")
    public Map<String, Map<String, Boolean>> choose(@PathParam("tenantId") UUID tenantId, @NotNull JsonObject body) {
        return notifications.choose(caller.get(), body);
    }
}
