package dev.procura.logistics;

import dev.procura.logistics.LogisticsViews.BatchView;
import dev.procura.logistics.LogisticsViews.ScanView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/barcodes/scans")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Scans")
@APIResponse(responseCode = "404", description = "No such tenant, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class ScanBatchResource {

    @Inject
    ScanService scans;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.LOGISTICS_WRITE)
    @Operation(
            summary = "Upload a batch of scans",
            description = "Up to 500 scans (an offline device uploading later), in one transaction, each as `POST"
                    + " /barcodes/scan` takes it. A device event seen before (in an earlier upload or earlier in this"
                    + " one) is a `duplicate`; a code naming nothing or several things is recorded as `unknown` or"
                    + " `ambiguous`, a refused action as `refused` (with `detail`), and the others go on.")
    @APIResponse(
            responseCode = "200",
            description = "The outcome of every scan, in order",
            content = @Content(schema = @Schema(implementation = BatchView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields (all reported, `scans[i].…`), or a code that says it is GS1 and is not;"
                    + " nothing recorded")
    public BatchView upload(@PathParam("tenantId") UUID tenantId, @Valid @NotNull LogisticsRequests.Batch body) {
        return scans.scans(caller.get(), body);
    }

    @GET
    @RequiresPermission(Permissions.LOGISTICS_READ)
    @Operation(
            summary = "List scan events",
            description = "Newest first; `from` (inclusive) and `to` (exclusive) are instants.")
    @APIResponse(responseCode = "200", description = "A page of scan events")
    @APIResponse(responseCode = "400", description = "A bad instant or paging parameter")
    public Page<ScanView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "Scanned at or after, e.g. 2026-12-01T00:00:00Z") @QueryParam("from") String from,
            @Parameter(description = "Scanned before") @QueryParam("to") String to,
            @Parameter(description = "The code exactly as scanned") @QueryParam("code") @Size(max = 500) String code) {
        return scans.list(instant("from", from), instant("to", to), code, page, perPage);
    }

    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new Failure.InvalidInput(name, "must be an instant such as 2026-12-01T00:00:00Z");
        }
    }
}
