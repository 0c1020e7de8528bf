package dev.procura.conversions;

import dev.procura.conversions.ConversionViews.ConversionView;
import dev.procura.conversions.ConversionViews.PreviewView;
import dev.procura.documents.DocumentViews.DownloadView;
import dev.procura.documents.DownloadAnswer;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.storage.ContentDisposition;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/conversions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Conversions",
        description = "Records into PDF, Excel, Word, CSV or JSON files, made by a batch job and stored as documents")
@APIResponse(
        responseCode = "404",
        description = "No such tenant or conversion, not a member, or another member's conversion")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class ConversionResource {

    @Inject
    ConversionService conversions;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.CONVERSIONS_RUN)
    @Operation(
            summary = "Convert records into a file",
            description = "Checks the template, the selection (every id a record of this tenant) and the caller's"
                    + " right to read the records, records the conversion and starts its job. Poll the Location;"
                    + " the requester is told (download_ready) when the file is ready.")
    @APIResponse(
            responseCode = "202",
            description = "Queued; `Location` is its status",
            content = @Content(schema = @Schema(implementation = ConversionView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields, unknown template, ids of no record of this tenant")
    @APIResponse(
            responseCode = "403",
            description =
                    "The caller may not read the records of the source type (`forbidden`), or lacks conversions:run")
    @APIResponse(
            responseCode = "413",
            description = "More records than procura.conversions.max-records (`selection-too-large`)")
    public Response start(@PathParam("tenantId") UUID tenantId, @Valid @NotNull ConversionRequests.Start body) {
        ConversionView conversion = conversions.start(caller.get(), body);
        return Response.accepted(conversion)
                .location(UriBuilder.fromPath("/api/v1/tenants/{t}/conversions/{id}")
                        .build(tenantId, conversion.id()))
                .build();
    }

    @GET
    @RequiresPermission(Permissions.CONVERSIONS_RUN)
    @Operation(
            summary = "List conversions",
            description = "The caller's, newest first; all of the tenant's with conversions:manage. Filter: `status`.")
    @APIResponse(responseCode = "200", description = "A page of conversions")
    @APIResponse(responseCode = "400", description = "Unknown status")
    public Page<ConversionView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @QueryParam("status") String status) {
        return conversions.list(caller.get(), status, page, perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.CONVERSIONS_RUN)
    @Operation(
            summary = "Where a conversion stands",
            description = "Status, progress, counts, problems, size and timings.")
    @APIResponse(responseCode = "200", description = "The conversion")
    public ConversionView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return conversions.get(caller.get(), id);
    }

    @POST
    @Path("/{id}/cancel")
    @RequiresPermission(Permissions.CONVERSIONS_RUN)
    @Operation(
            summary = "Cancel a conversion",
            description = "A queued one is cancelled at once; a running one stops after its current chunk.")
    @APIResponse(responseCode = "200", description = "The conversion, cancelled or with cancel_requested")
    @APIResponse(responseCode = "409", description = "It has already finished (`conversion-finished`)")
    public ConversionView cancel(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return conversions.cancel(caller.get(), id);
    }

    @POST
    @Path("/{id}/retry")
    @RequiresPermission(Permissions.CONVERSIONS_RUN)
    @Operation(summary = "Retry a failed conversion", description = "It goes on from the last chunk it staged.")
    @APIResponse(responseCode = "200", description = "The conversion, queued again")
    @APIResponse(responseCode = "409", description = "It has not failed (`conversion-not-failed`)")
    public ConversionView retry(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return conversions.retry(caller.get(), id);
    }

    @GET
    @Path("/{id}/preview")
    @Produces({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RequiresPermission(Permissions.CONVERSIONS_RUN)
    @Operation(
            summary = "Preview a conversion",
            description = "The first 50 records, made now: as rows when the client accepts JSON only, otherwise as"
                    + " a file in the conversion's format (a partial file).")
    @APIResponse(
            responseCode = "200",
            description = "The rows (JSON) or the partial file",
            content = {
                @Content(mediaType = MediaType.APPLICATION_JSON, schema = @Schema(implementation = PreviewView.class)),
                @Content(
                        mediaType = "application/octet-stream",
                        schema =
                                @Schema(
                                        type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.STRING,
                                        format = "binary"))
            })
    public Response preview(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        if (accept != null && accept.trim().equals(MediaType.APPLICATION_JSON)) {
            return Response.ok(conversions.previewRows(caller.get(), id), MediaType.APPLICATION_JSON)
                    .build();
        }
        ConversionService.Preview file = conversions.previewFile(caller.get(), id);
        return Response.ok(file.bytes(), file.mediaType())
                .header("Content-Disposition", ContentDisposition.attachment(file.filename()))
                .build();
    }

    @GET
    @Path("/{id}/download")
    @Produces({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RequiresPermission(Permissions.CONVERSIONS_RUN)
    @Operation(
            summary = "A time-limited download URL of the file",
            description = "JSON `{url, expires_at}` when the client accepts JSON, otherwise a 302 redirect to the URL."
                    + " The download is recorded on the file's document.")
    @APIResponse(
            responseCode = "200",
            description = "The link",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DownloadView.class)))
    @APIResponse(responseCode = "302", description = "Redirect to the link (in `Location`)")
    @APIResponse(responseCode = "409", description = "Not completed yet (`conversion-not-ready`)")
    public Response download(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return DownloadAnswer.of(conversions.download(caller.get(), id), accept);
    }
}
