package dev.procura.approvals;

import dev.procura.approvals.ApprovalViews.ApprovalView;
import dev.procura.approvals.ApprovalViews.HistoryView;
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
import jakarta.validation.constraints.Pattern;
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
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/approvals")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Approvals",
        description = "Documents through their workflow: pending → level 2 → … → completed, or rejected")
@APIResponse(responseCode = "404", description = "No such tenant or approval, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class ApprovalResource {

    @Inject
    ApprovalService approvals;

    @Inject
    ApprovalDecisions decisions;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.APPROVALS_REQUEST)
    @Operation(
            summary = "Start an approval",
            description = "For a document waiting for one; submitting a purchase order "
                    + "starts its approval by itself. The active workflow of the document type (or the default policy) applies "
                    + "and stays with this approval.")
    @APIResponse(
            responseCode = "201",
            description = "Started (or completed at once when no level applies)",
            content = @Content(schema = @Schema(implementation = ApprovalView.class)))
    @APIResponse(responseCode = "400", description = "Unknown document type or document")
    @APIResponse(responseCode = "409", description = "An approval of that document is under way (`approval-exists`)")
    public Response start(@PathParam("tenantId") UUID tenantId, @Valid @NotNull WorkflowRequests.Start body) {
        ApprovalView started = approvals.start(caller.get(), body);
        return Response.created(
                        UriBuilder.fromPath("/api/v1/tenants/{t}/approvals/{a}").build(tenantId, started.id()))
                .entity(started)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.APPROVALS_READ)
    @Operation(
            summary = "List approvals",
            description = "Filters: `status` (pending, completed, rejected), "
                    + "`document_type`. `sort`: created_at, updated_at, reference, status; '-' for descending.")
    @APIResponse(responseCode = "200", description = "A page of approvals")
    public Page<ApprovalView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @QueryParam("status") @Pattern(regexp = "pending|completed|rejected") String status,
            @QueryParam("document_type") String documentType,
            @QueryParam("sort") @DefaultValue("-created_at") String sort) {
        return approvals.list(status, documentType, sort, page, perPage);
    }

    @GET
    @Path("/pending")
    @RequiresPermission(Permissions.APPROVALS_READ)
    @Operation(
            summary = "Approvals waiting for me",
            description = "At their current level, where I am an approver or "
                    + "the delegate of one who is away, and have not decided yet.")
    @APIResponse(responseCode = "200", description = "My pending approvals")
    public List<ApprovalView> pending(@PathParam("tenantId") UUID tenantId) {
        return approvals.pendingFor(caller.get());
    }

    @GET
    @Path("/{id}")
    @RequiresPermission(Permissions.APPROVALS_READ)
    @Operation(summary = "An approval, with who may decide now and when its level escalates")
    @APIResponse(responseCode = "200", description = "The approval")
    public ApprovalView get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return approvals.get(id);
    }

    @GET
    @Path("/{id}/history")
    @RequiresPermission(Permissions.APPROVALS_READ)
    @Operation(summary = "Who did what, when, at which level, and on whose behalf")
    @APIResponse(responseCode = "200", description = "The history, oldest first")
    public List<HistoryView> history(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return approvals.history(id);
    }

    @POST
    @Path("/{id}/approve")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.APPROVALS_DECIDE)
    @Operation(
            summary = "Approve at the current level",
            description =
                    "Body: `{}` or `{comment}`. The level completes by "
                            + "its mode (any, all, quorum); then the next applicable level starts, or the document is approved.")
    @APIResponse(responseCode = "200", description = "The approval after the decision")
    @APIResponse(
            responseCode = "403",
            description = "The requester (`self-approval`) or not an approver of the level (`not-an-approver`)")
    @APIResponse(
            responseCode = "409",
            description = "Already decided (`already-decided`), approval closed (`approval-closed`), "
                    + "or the document refuses (e.g. `budget-exceeded`)")
    public ApprovalView approve(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull WorkflowRequests.Approve body) {
        return decisions.approve(caller.get(), id, body.comment());
    }

    @POST
    @Path("/{id}/reject")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.APPROVALS_DECIDE)
    @Operation(
            summary = "Reject",
            description = "`feedback` is required; the document returns to its author (a purchase "
                    + "order to draft with the feedback).")
    @APIResponse(responseCode = "200", description = "The approval, rejected")
    @APIResponse(responseCode = "403", description = "The requester, or not an approver of the level")
    @APIResponse(responseCode = "409", description = "Already decided or closed")
    public ApprovalView reject(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull WorkflowRequests.Reject body) {
        return decisions.reject(caller.get(), id, body.feedback());
    }

    @POST
    @Path("/{id}/escalate")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.APPROVALS_DECIDE)
    @Operation(
            summary = "Escalate the current level",
            description =
                    "`{to_user_id | to_role, reason}`: the level's "
                            + "approvers become the target, with a fresh SLA. The level's approvers or the workflow's escalate roles may.")
    @APIResponse(responseCode = "200", description = "The approval, escalated")
    @APIResponse(responseCode = "400", description = "Neither or both targets, or a target that is not a member")
    @APIResponse(responseCode = "403", description = "Neither an approver of the level nor in an escalating role")
    public ApprovalView escalate(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull WorkflowRequests.Escalate body) {
        return decisions.escalate(caller.get(), id, body);
    }
}
