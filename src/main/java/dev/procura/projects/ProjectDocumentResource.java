package dev.procura.projects;

import dev.procura.platform.documents.StoredDocuments;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.storage.ContentDisposition;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantScoped;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.projects.ProjectViews.DocumentView;
import dev.procura.projects.ProjectViews.VersionView;
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
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import jakarta.ws.rs.core.UriBuilder;
import java.io.InputStream;
import java.util.Locale;
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

@Path("/api/v1/tenants/{tenantId}/projects/{id}/documents")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Projects")
@APIResponse(
        responseCode = "404",
        description = "No such tenant, project, document or version, not a member, or the project is at a plant the"
                + " caller does not read")
@APIResponse(
        responseCode = "403",
        description = "Role lacks the permission (or holds it only at other plants), or the tenant is suspended or"
                + " deleted")
@APIResponse(responseCode = "401", description = "No or an invalid access token")
public class ProjectDocumentResource {

    private static final String DOCUMENT_PATH = "/api/v1/tenants/{t}/projects/{id}/documents/{doc}";

    @Inject
    ProjectDocumentService documents;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(
            summary = "Add a document to a project",
            description = "A title and a kind; no version yet. The new document is checked out to its creator, who"
                    + " uploads its first version.")
    @APIResponse(
            responseCode = "201",
            description = "Added",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(responseCode = "409", description = "The project is closed (`project-closed`)")
    public Response create(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull ProjectRequests.NewDocument body) {
        DocumentView created = documents.create(caller.get(), id, body);
        return Response.created(UriBuilder.fromPath(DOCUMENT_PATH).build(tenantId, id, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.PROJECTS_READ)
    @PlantScoped
    @Operation(summary = "The project's documents, with their versions, oldest first")
    @APIResponse(responseCode = "200", description = "A page of documents")
    @APIResponse(responseCode = "400", description = "A bad page")
    public Page<DocumentView> list(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return documents.list(id, page, perPage);
    }

    @GET
    @Path("/{doc}")
    @RequiresPermission(Permissions.PROJECTS_READ)
    @PlantScoped
    @Operation(summary = "A project document with its versions and lock")
    @APIResponse(
            responseCode = "200",
            description = "The document",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    public DocumentView get(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @PathParam("doc") UUID documentId) {
        return documents.get(id, documentId);
    }

    @POST
    @Path("/{doc}/versions")
    @Consumes(MediaType.MULTIPART_FORM_DATA)
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(
            summary = "Upload a new version",
            description = "Only by the member holding the document's lock (check it out first); the lock stays."
                    + " Multipart parts: `file` (required), `filename`, `mime_type`, `comment` (up to 2000"
                    + " characters), as for /documents. Numbered one after the latest; earlier versions stay"
                    + " downloadable, frozen ones too (a new version is a new revision).")
    @APIResponse(
            responseCode = "201",
            description = "Uploaded",
            content = @Content(schema = @Schema(implementation = VersionView.class)))
    @APIResponse(responseCode = "400", description = "No file part, a bad field, or a body that is not multipart")
    @APIResponse(
            responseCode = "409",
            description = "Another member holds the lock (`document-locked`), the caller does not"
                    + " (`document-not-checked-out`), or the project is closed (`project-closed`)")
    @APIResponse(responseCode = "413", description = "Larger than procura.documents.max-bytes")
    @APIResponse(responseCode = "503", description = "File storage unreachable; nothing was stored")
    public Response upload(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @PathParam("doc") UUID documentId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) @Parameter(hidden = true) Long contentLength,
            @RequestBody(
                            required = true,
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA,
                                            schema = @Schema(implementation = VersionParts.class)))
                    InputStream body) {
        VersionView uploaded = documents.upload(caller.get(), id, documentId, body, contentType, contentLength, false);
        return Response.created(UriBuilder.fromPath(DOCUMENT_PATH + "/versions/{n}/content")
                        .build(tenantId, id, documentId, uploaded.number()))
                .entity(uploaded)
                .build();
    }

    /** The parts of a version upload, as the OpenAPI document shows them. */
    @Schema(name = "ProjectDocumentVersionUpload", requiredProperties = "file")
    record VersionParts(
            @Schema(type = SchemaType.STRING, format = "binary", description = "The content")
            String file,

            @Schema(description = "The file's name; default: the file part's file name")
            String filename,

            @Schema(name = "mime_type", description = "The declared type; must match the content")
            String mimeType,

            @Schema(description = "What changed in this version")
            String comment) {}

    @GET
    @Path("/{doc}/content")
    @Produces(MediaType.WILDCARD)
    @RequiresPermission(Permissions.PROJECTS_READ)
    @PlantScoped
    @Operation(summary = "The latest version's bytes")
    @APIResponse(
            responseCode = "200",
            description = "The content, with its media type",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    public Response latest(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @PathParam("doc") UUID documentId) {
        return stream(documents.content(caller.get(), id, documentId, null));
    }

    @GET
    @Path("/{doc}/versions/{n}/content")
    @Produces(MediaType.WILDCARD)
    @RequiresPermission(Permissions.PROJECTS_READ)
    @PlantScoped
    @Operation(summary = "The bytes of one version")
    @APIResponse(
            responseCode = "200",
            description = "The content, with its media type",
            content = @Content(mediaType = "*/*", schema = @Schema(type = SchemaType.STRING, format = "binary")))
    @APIResponse(responseCode = "400", description = "A version number below 1")
    public Response version(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @PathParam("doc") UUID documentId,
            @PathParam("n") @Min(1) int number) {
        return stream(documents.content(caller.get(), id, documentId, number));
    }

    @POST
    @Path("/{doc}/checkout")
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(summary = "Check the document out: take its lock (kept when the caller holds it already)")
    @APIResponse(
            responseCode = "200",
            description = "Checked out to the caller",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(
            responseCode = "409",
            description = "Another member holds the lock (`document-locked`, with `locked_by` and `locked_at`), or"
                    + " the project is closed (`project-closed`)")
    public DocumentView checkOut(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @PathParam("doc") UUID documentId) {
        return documents.checkOut(caller.get(), id, documentId);
    }

    @POST
    @Path("/{doc}/checkin")
    @Consumes(MediaType.WILDCARD)
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(
            summary = "Check the document in: with a new version (a multipart body as for /versions), or release the"
                    + " lock without one (no body)")
    @APIResponse(
            responseCode = "200",
            description = "Checked in",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "400", description = "A multipart body without a file part, or a bad field")
    @APIResponse(
            responseCode = "409",
            description = "The caller does not hold the lock (`document-locked`, `document-not-checked-out`), or the"
                    + " project is closed (`project-closed`)")
    @APIResponse(responseCode = "413", description = "Larger than procura.documents.max-bytes")
    public DocumentView checkIn(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @PathParam("doc") UUID documentId,
            @HeaderParam(HttpHeaders.CONTENT_TYPE) @Parameter(hidden = true) String contentType,
            @HeaderParam(HttpHeaders.CONTENT_LENGTH) @Parameter(hidden = true) Long contentLength,
            @RequestBody(
                            content =
                                    @Content(
                                            mediaType = MediaType.MULTIPART_FORM_DATA,
                                            schema = @Schema(implementation = VersionParts.class)))
                    InputStream body) {
        if (contentType != null && contentType.toLowerCase(Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA)) {
            documents.upload(caller.get(), id, documentId, body, contentType, contentLength, true);
            return documents.get(id, documentId);
        }
        return documents.checkIn(caller.get(), id, documentId);
    }

    @DELETE
    @Path("/{doc}/lock")
    @RequiresPermission(Permissions.PROJECTS_ADMIN)
    @Operation(
            summary = "Break the document's lock (admin)",
            description = "Whoever holds it; audited as `project.document_lock_broken` with the holder and since when.")
    @APIResponse(
            responseCode = "200",
            description = "Unlocked",
            content = @Content(schema = @Schema(implementation = DocumentView.class)))
    @APIResponse(responseCode = "409", description = "The project is closed (`project-closed`)")
    public DocumentView breakLock(
            @PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id, @PathParam("doc") UUID documentId) {
        return documents.breakLock(caller.get(), id, documentId);
    }

    private static Response stream(StoredDocuments.Content content) {
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
}
