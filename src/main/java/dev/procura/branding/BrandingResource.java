package dev.procura.branding;

import dev.procura.branding.BrandingViews.BrandingView;
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

@Path("/api/v1/tenants/{tenantId}/branding")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Branding",
        description = "The tenant's white-label branding: name, logo, favicon, colours, font, email and PDF texts,"
                + " custom domain; its public theme is served without a token")
@APIResponse(responseCode = "404", description = "No such tenant, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class BrandingResource {

    @Inject
    BrandingService branding;

    @Inject
    CurrentCaller caller;

    @GET
    @RequiresPermission(Permissions.CONFIG_READ)
    @Operation(
            summary = "The tenant's branding",
            description = "Version 0 and no values while the tenant has set none (the theme then shows defaults).")
    @APIResponse(
            responseCode = "200",
            description = "The branding",
            content = @Content(schema = @Schema(implementation = BrandingView.class)))
    public BrandingView get(@PathParam("tenantId") UUID tenantId) {
        return branding.get(tenantId);
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.CONFIG_MANAGE)
    @Operation(
            summary = "Set the tenant's branding",
            description = "In full: a field left out is cleared. The logo and favicon are documents of the tenant"
                    + " (PNG, or SVG that is sanitised: scripts, event handlers, foreignObject and external"
                    + " references removed); the served image is the checked copy, not the document. White text on"
                    + " the primary colour must reach 4.5:1. A new custom domain gets a new verification token to"
                    + " publish as DNS TXT _procura-verify.<domain>; Procura does not check it yet. Send the"
                    + " version read to refuse overwriting someone else's change.")
    @APIResponse(
            responseCode = "200",
            description = "The branding as stored",
            content = @Content(schema = @Schema(implementation = BrandingView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (all reported): colours, contrast, font, domain, slug, logo or favicon")
    @APIResponse(
            responseCode = "409",
            description = "The slug or custom domain belongs to another tenant (`branding-address-taken`), or the"
                    + " version is not the current one (`branding-changed`)")
    public BrandingView change(@PathParam("tenantId") UUID tenantId, @Valid @NotNull BrandingRequests.Change body) {
        return branding.change(caller.get(), tenantId, body);
    }
}
