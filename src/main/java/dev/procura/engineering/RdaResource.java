package dev.procura.engineering;

import dev.procura.engineering.RdaViews.CommentView;
import dev.procura.engineering.RdaViews.RevisionView;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.PlantScoped;
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
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/projects/{projectId}/rda")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Project engineering",
        description = "A project's bill of materials (exploded and costed), change orders and drawing approvals")
@APIResponse(
        responseCode = "404",
        description = "No such tenant, project or revision, not a member, or the project is at a plant the caller"
                + " does not read")
@APIResponse(
        responseCode = "403",
        description = "Role lacks the permission (or holds it only at other plants), or the tenant is suspended or"
                + " deleted")
public class RdaResource {

    private static final String REVISION_PATH = "/api/v1/tenants/{t}/projects/{p}/rda/{id}";

    @Inject
    RdaService rda;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.PROJECTS_WRITE)
    @PlantScoped
    @Operation(
            summary = "Submit a drawing revision for approval",
            description = "A version (default: the latest) of a drawing document of the project. Status: the"
                    + " `drawing` workflow's initial state (`submitted` without one); its transitions:"
                    + " `/rda/{id}/transitions`. The revision of an older version still under review is superseded"
                    + " (`superseded`, no further transition). A final state whose name starts with `approved`"
                    + " (e.g. `approved`, `approved_with_remarks`) freezes the document version.")
    @APIResponse(
            responseCode = "201",
            description = "Submitted",
            content = @Content(schema = @Schema(implementation = RevisionView.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields, no such document version, or a document that is not a drawing")
    @APIResponse(
            responseCode = "409",
            description = "The same or a newer version was submitted already (`drawing-revision-not-newer`)")
    public Response submit(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("projectId") UUID projectId,
            @Valid @NotNull RdaRequests.Submission body) {
        RevisionView submitted = rda.submit(caller.get(), projectId, body);
        return Response.created(UriBuilder.fromPath(REVISION_PATH).build(tenantId, projectId, submitted.id()))
                .entity(submitted)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.PROJECTS_READ)
    @PlantScoped
    @Operation(
            summary = "A project's drawing revisions",
            description = "Every revision submitted, the latest submitted first, with its state and comments.")
    @APIResponse(responseCode = "200", description = "A page of revisions")
    public Page<RevisionView> list(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("projectId") UUID projectId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @Parameter(description = "Only this drawing's revisions") @QueryParam("document_id") UUID documentId) {
        return rda.list(projectId, documentId, page, perPage);
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.PROJECTS_READ)
    @PlantScoped
    @Operation(summary = "A drawing revision, with its comments")
    @APIResponse(
            responseCode = "200",
            description = "The revision",
            content = @Content(schema = @Schema(implementation = RevisionView.class)))
    public RevisionView get(
            @PathParam("tenantId") UUID tenantId, @PathParam("projectId") UUID projectId, @PathParam("id") UUID id) {
        return rda.get(projectId, id);
    }

    @POST
    @Path("/{id}/comments")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.APPROVALS_REQUEST)
    @PlantScoped
    @Operation(
            summary = "Comment on a drawing revision",
            description = "A reviewer's comment: anyone who takes part in approvals and reads the project.")
    @APIResponse(
            responseCode = "201",
            description = "Commented",
            content = @Content(schema = @Schema(implementation = CommentView.class)))
    @APIResponse(responseCode = "400", description = "An empty or too long comment")
    @APIResponse(responseCode = "409", description = "The revision was superseded (`drawing-revision-superseded`)")
    public Response comment(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("projectId") UUID projectId,
            @PathParam("id") UUID id,
            @Valid @NotNull RdaRequests.Comment body) {
        CommentView comment = rda.comment(caller.get(), projectId, id, body);
        return Response.created(UriBuilder.fromPath(REVISION_PATH).build(tenantId, projectId, id))
                .entity(comment)
                .build();
    }
}
