package dev.procura.labels;

import dev.procura.labels.LabelViews.JobView;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.storage.ContentDisposition;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantScoped;
import dev.procura.platform.tenancy.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/barcodes")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Barcode labels",
        description = "GS1-128, Code 128, QR (GS1 Digital Link) and GS1 DataMatrix labels of shipments, packages,"
                + " lots, serial numbers and items, as one PDF and one PNG per label, made by a job")
@APIResponse(
        responseCode = "404",
        description = "No such tenant or job, not a member, or a job of another member (without logistics:read"
                + " tenant-wide)")
@APIResponse(
        responseCode = "403",
        description = "Role lacks the permission (or holds it only at other plants), or the tenant is suspended or"
                + " deleted")
public class LabelResource {

    private static final String JOB_PATH = "/api/v1/tenants/{t}/barcodes/jobs/{id}";

    @Inject
    LabelService labels;

    @Inject
    CurrentCaller caller;

    @POST
    @Path("/generate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.LOGISTICS_WRITE)
    @PlantScoped
    @Operation(
            summary = "Generate barcode labels",
            description = "Checks every id at once: an unknown one (or one at a plant where the caller does not"
                    + " hold logistics:write), and one whose label cannot carry a requested symbology (an item without"
                    + " GTIN, or a package without SSCC, takes only `code128`), are 400 with `ids[n]` errors and"
                    + " nothing is recorded. Then a job prints the labels: element strings per subject — package"
                    + " (00) SSCC [+ (02) GTIN (37) count (10) batch (17) expiry when it holds one item]; lot (01)"
                    + " (10) (17); serial (01) (21) [(10)]; item (01); a shipment gives one label per package."
                    + " Poll the `Location`.")
    @APIResponse(
            responseCode = "202",
            description = "Queued; `Location` is its status",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields, unknown ids or symbols a label cannot carry")
    @APIResponse(responseCode = "503", description = "The tenant's database is unavailable")
    public Response generate(@PathParam("tenantId") UUID tenantId, @Valid @NotNull LabelRequests.Generate body) {
        JobView job = labels.generate(caller.get(), body);
        return Response.accepted(job)
                .location(UriBuilder.fromPath(JOB_PATH).build(tenantId, job.id()))
                .build();
    }

    @GET
    @Path("/jobs/{id}")
    @RequiresPermission(Permissions.LOGISTICS_READ)
    @PlantScoped
    @Operation(
            summary = "Where a label job stands",
            description = "Status; once completed, the page count, the download links (the PDF, the ZIP of PNGs,"
                    + " one PNG by number) and the render times measured in the job (labels per second, median"
                    + " and 95th percentile per label).")
    @APIResponse(
            responseCode = "200",
            description = "The job",
            content = @Content(schema = @Schema(implementation = JobView.class)))
    public JobView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return labels.get(caller.get(), id);
    }

    @GET
    @Path("/jobs/{id}/pdf")
    @Produces("application/pdf")
    @RequiresPermission(Permissions.LOGISTICS_READ)
    @PlantScoped
    @Operation(summary = "All labels of a job as one PDF (each label as many times as copies were asked)")
    @APIResponse(
            responseCode = "200",
            description = "The PDF",
            content =
                    @Content(
                            mediaType = "application/pdf",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "The job has not completed (labels-not-ready)")
    public Response pdf(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return stream(labels.pdf(caller.get(), id));
    }

    @GET
    @Path("/jobs/{id}/png")
    @Produces("application/zip")
    @RequiresPermission(Permissions.LOGISTICS_READ)
    @PlantScoped
    @Operation(summary = "One PNG per label (label-0001.png, …) in a ZIP")
    @APIResponse(
            responseCode = "200",
            description = "The ZIP",
            content =
                    @Content(
                            mediaType = "application/zip",
                            schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "The job has not completed (labels-not-ready)")
    public Response pngZip(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return stream(labels.pngZip(caller.get(), id));
    }

    @GET
    @Path("/jobs/{id}/png/{n}")
    @Produces("image/png")
    @RequiresPermission(Permissions.LOGISTICS_READ)
    @PlantScoped
    @Operation(summary = "The PNG of one label, numbered from 1 in the order of the request's ids")
    @APIResponse(
            responseCode = "200",
            description = "The PNG",
            content = @Content(mediaType = "image/png", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "409", description = "The job has not completed (labels-not-ready)")
    public Response png(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @PathParam("n") int number) {
        return stream(labels.png(caller.get(), id, number));
    }

    private static Response stream(LabelService.Output output) {
        StreamingOutput body = out -> {
            try (InputStream in = output.stream()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, output.mimeType())
                .header("Content-Disposition", ContentDisposition.attachment(output.filename()))
                .build();
    }
}
