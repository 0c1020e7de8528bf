package dev.procura.logistics;

import dev.procura.logistics.LogisticsViews.ScanView;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
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

@Path("/api/v1/tenants/{tenantId}/barcodes/scan")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Scans",
        description = "Barcode scans: GS1 element strings, GS1 Digital Link URIs and plain codes resolved to"
                + " packages, shipments, lots, serial numbers and items; receive, ship, move and inspect")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class ScanResource {

    @Inject
    ScanService scans;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.LOGISTICS_WRITE)
    @Operation(
            summary = "Record one scan",
            description = "The code is read as a GS1 Digital Link URI, a GS1 element string (AI 00 → the package"
                    + " with that SSCC; 01 → the item with that GTIN; 01+10 → its lot; 01+21 → its serial number; 37"
                    + " the count) or a plain code (shipment number, SSCC, lot or serial number, item code). Then the"
                    + " context acts: `receive` records a receipt of the inbound shipment (shipped, in transit or"
                    + " delivered) that brings it; `ship` ships the package (SSCC), and its shipment with its last"
                    + " package; `move` keeps the package's location; `inspect` only records. With `device_id` and"
                    + " `device_event_id` an event seen before is answered as a `duplicate` and not applied again.")
    @APIResponse(
            responseCode = "200",
            description = "Recorded (the action's result in `detail`), or `duplicate`: a device event taken before",
            content = @Content(schema = @Schema(implementation = ScanView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields, a code that says it is GS1 and is not (wrong check digit, bad date), or a"
                    + " receiving scan no inbound shipment brings")
    @APIResponse(
            responseCode = "404",
            description = "No such tenant or not a member, or the code names nothing (`scan-unknown-code`, with"
                    + " `read`: what was read); the scan is recorded as unknown")
    @APIResponse(
            responseCode = "409",
            description = "The code names several things (`scan-ambiguous-code`, with `candidates`), recorded as"
                    + " ambiguous; or the context's action is not allowed in the shipment's status"
                    + " (`invalid-transition`)")
    public ScanView scan(@PathParam("tenantId") UUID tenantId, @Valid @NotNull LogisticsRequests.Scan body) {
        return scans.scan(caller.get(), body);
    }
}
