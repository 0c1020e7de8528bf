package dev.procura.documents;

import dev.procura.documents.DocumentViews.DocumentView;
import dev.procura.documents.DocumentViews.DownloadView;
import dev.procura.platform.customfields.CustomFieldDocs;
import dev.procura.platform.customfields.CustomFieldFilter;
import dev.procura.platform.failures.Failure;
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
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;
import java.io.InputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.parameters.RequestBody;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/documents")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Documents", description = "Procurement documents over content-addressed files in S3")
@APIResponse(responseCode = "404", description = "No such tenant or document, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class DocumentResource {

    @Inject
    DocumentService documents;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresPermission(Permissions.DOCUMENTS_WRITE)
    @Operation(
            summary = "Upload a document",
            description = "Multipart parts: `file` (required), `filename`, `mime_type`, "
                    + "`tags` (comma-separated), in any order. The body is read once as it arrives: streamed and hashed (SHA-256, "
                    + "MD5), sent on to S3 in parts; the same content in the same tenant reuses its file (`duplicate: true`). "
                    + "The declared type must match the content, whose type is detected from its first 5 MiB and its name (for "
                    + "a larger file, the name known when its bytes begin: a `filename` part sent before `file`, else the file "
                    + "part's own). Other parts are at most 64 KiB each, 20 parts in all.")
    @APIResponse(
            responseCode = "201",
            description = "Stored",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(
            responseCode = "400",
            description = "No file part, a type that does not match the content, a field too "
                    + "long, or a body that is not well-formed multipart/form-data")
    @APIResponse(responseCode = "413", description = "Larger than procura.documents.max-bytes")
    @APIResponse(responseCode = "503", description = "File storage unreachable; nothing was stored")
    public Response upload(
            @PathParam("tenantId") UUID tenantId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) @Parameter(hidden = true) Long contentLength,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA,
                                            schema = @Schema(implementation = UploadParts.class)))
                    InputStream body) {
        try (UploadForm form = UploadForm.open(body, contentType, contentLength, documents.maxBytes())) {
            DocumentView created = documents.upload(caller.get(), form);
            return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/documents/{d}")
                            .build(tenantId, created.id()))
                    .entity(created)
                    .build();
        }
    }

    /** The parts of an upload, as the OpenAPI document shows them (the body is read by {@link UploadForm}). */
    @Schema(name = "DocumentUpload", requiredProperties = UploadForm.FILE)
    record UploadParts(
            @Schema(type = SchemaType.STRING, format = "binary", description = "The content")
            String file,

            @Schema(description = "The document's name (up to 255 characters); default: the file part's file name")
            String filename,

            @Schema(
                    name = "mime_type",
                    description = "The declared type; must match the content; default: the detected type")
            String mimeType,

            @Schema(description = "Comma-separated tags", example = "po, 2026")
            String tags) {}

    @GET
    @RequiresPermission(Permissions.DOCUMENTS_READ)
    @Operation(
            summary = "List documents",
            description = "Filters: `filename` (contains), `mime_type`, `uploaded_by`, "
                    + "`from`/`to` (ISO-8601 instants). `sort`: created_at, filename, mime_type, updated_at,"
                    + " cf.<key>; '-' for descending." + CustomFieldDocs.LISTS)
    @APIResponse(responseCode = "200", description = "A page of documents")
    @APIResponse(responseCode = "400", description = CustomFieldDocs.BAD_FILTER)
    public Page<DocumentView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @QueryParam("filename") String filename,
            @QueryParam("mime_type") String mimeType,
            @QueryParam("uploaded_by") UUID uploadedBy,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("sort") @DefaultValue("-created_at") String sort,
            @Context UriInfo uri) {
        var filter =
                new DocumentRepository.Filter(filename, mimeType, uploadedBy, instant("from", from), instant("to", to));
        return documents.list(filter, CustomFieldFilter.of(uri.getQueryParameters()), sort, page, perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.DOCUMENTS_READ)
    @Operation(summary = "A document with its file")
    @APIResponse(responseCode = "200", description = "The document")
    public DocumentView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return documents.get(id);
    }

    @PUT
    @Path("/{id}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.DOCUMENTS_WRITE)
    @Operation(
            summary = "Rename, retype or retag a document",
            description = "The uploader, or a member with documents:manage.")
    @APIResponse(responseCode = "200", description = "The document")
    public DocumentView describe(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull DocumentRequests.Describe body) {
        return documents.describe(caller.get(), id, body);
    }

    @DELETE
    @Path("/{id}")
    @RequiresPermission(Permissions.DOCUMENTS_WRITE)
    @Operation(
            summary = "Delete a document",
            description = "The uploader, or a member with documents:manage. "
                    + "A file left without documents is removed afterwards.")
    @APIResponse(responseCode = "204", description = "Deleted")
    public Response delete(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        documents.delete(caller.get(), id);
        return Response.noContent().build();
    }

    @GET
    @Path("/{id}/download")
    @Produces({MediaType.APPLICATION_JSON, MediaType.WILDCARD})
    @RequiresPermission(Permissions.DOCUMENTS_READ)
    @Operation(
            summary = "A time-limited download URL",
            description =
                    "JSON `{url, expires_at}` when the client accepts " + "JSON, otherwise a 302 redirect to the URL.")
    @APIResponse(
            responseCode = "200",
            description = "The link",
            content =
                    @Content(
                            mediaType = MediaType.APPLICATION_JSON,
                            schema = @Schema(implementation = DownloadView.class)))
    @APIResponse(responseCode = "302", description = "Redirect to the link (in `Location`)")
    public Response download(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @HeaderParam(HttpHeaders.ACCEPT) String accept) {
        return DownloadAnswer.of(documents.downloadLink(caller.get(), id), accept);
    }

    @GET
    @Path("/{id}/content")
    @Produces(MediaType.WILDCARD)
    @RequiresPermission(Permissions.DOCUMENTS_READ)
    @Operation(summary = "The document's bytes, streamed through the server")
    @APIResponse(
            responseCode = "200",
            description = "The content, with the document's media type",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response content(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        DocumentService.Content content = documents.content(caller.get(), id);
        StreamingOutput body = out -> {
            try (InputStream in = content.stream()) {
                in.transferTo(out);
            }
        };
        return Response.ok(body, content.mimeType())
                .header(HttpHeaders.CONTENT_LENGTH, content.size())
                .header("Content-Disposition", ContentDisposition.attachment(content.filename()))
                .build();
    }

    private static Instant instant(String field, String value) {
        try {
            return value == null ? null : Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw new Failure.InvalidInput(field, "must be an ISO-8601 instant, e.g. 2026-01-31T00:00:00Z");
        }
    }
}
