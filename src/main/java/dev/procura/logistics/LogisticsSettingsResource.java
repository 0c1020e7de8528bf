package dev.procura.logistics;

import dev.procura.logistics.LogisticsViews.SettingsView;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
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
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/logistics/settings")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Shipments")
@APIResponse(responseCode = "404", description = "No such tenant, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class LogisticsSettingsResource {

    @Inject
    ShipmentService shipments;

    @Inject
    CurrentCaller caller;

    @GET
    @RequiresPermission(Permissions.LOGISTICS_READ)
    @Operation(summary = "The tenant's GS1 company prefix and Digital Link base")
    @APIResponse(
            responseCode = "200",
            description = "The settings (empty until set)",
            content = @Content(schema = @Schema(implementation = SettingsView.class)))
    public SettingsView get(@PathParam("tenantId") UUID tenantId) {
        return shipments.settings();
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.LOGISTICS_WRITE)
    @Operation(
            summary = "Set the tenant's GS1 company prefix and Digital Link base",
            description = "In full. Packages made afterwards get SSCCs under the prefix; earlier ones keep theirs.")
    @APIResponse(
            responseCode = "200",
            description = "The settings",
            content = @Content(schema = @Schema(implementation = SettingsView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    public SettingsView put(@PathParam("tenantId") UUID tenantId, @Valid @NotNull LogisticsRequests.Settings body) {
        return shipments.changeSettings(caller.get(), body);
    }
}
