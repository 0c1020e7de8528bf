package dev.procura.tenants;

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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/settings")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Settings", description = "One validated document of per-tenant configuration")
@APIResponse(responseCode = "404", description = "No such tenant, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class SettingsResource {

    @Inject
    SettingsService settings;

    @Inject
    CurrentCaller caller;

    @GET
    @RequiresPermission(Permissions.SETTINGS_READ)
    @Operation(summary = "The tenant's settings")
    @APIResponse(
            responseCode = "200",
            description = "The settings",
            content = @Content(schema = @Schema(implementation = TenantSettings.class)))
    public TenantSettings get(@PathParam("tenantId") UUID tenantId) {
        return settings.view();
    }

    @PUT
    @RequiresPermission(Permissions.SETTINGS_WRITE)
    @Operation(
            summary = "Change settings",
            description = "Send the keys to change; the others keep their values. "
                    + "Unknown keys and bad values are refused with field errors, and nothing is changed.")
    @RequestBody(
            content =
                    @Content(
                            schema = @Schema(implementation = TenantSettings.class),
                            examples = @ExampleObject(name = "change", value = """
                    {"time_zone":"Europe/Lisbon","scorecard_weights":{"quality":40,"delivery":30,"price":20,"service":10}}""")))
    @APIResponse(
            responseCode = "200",
            description = "The settings after the change",
            content = @Content(schema = @Schema(implementation = TenantSettings.class)))
    @APIResponse(responseCode = "400", description = "Unknown keys or bad values")
    public TenantSettings change(@PathParam("tenantId") UUID tenantId, @NotNull JsonObject body) {
        return settings.change(caller.get(), body);
    }
}
