package dev.procura.approvals;

import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
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

@Path("/api/v1/tenants/{tenantId}/workflows")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Workflows",
        description = "Versioned workflows per document type: approval levels (purchase orders), or states and"
                + " transitions (invoices, RFQs)")
@APIResponse(responseCode = "404", description = "No such tenant, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class WorkflowResource {

    @Inject
    Workflows workflows;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.WORKFLOWS_MANAGE)
    @Operation(
            summary = "Define a new version of a document type's workflow",
            description =
                    "An approval workflow (`purchase_order`): `levels` in order, each with "
                            + "approvers (`approver_ids`, `approver_role` or both), `mode` any | all | quorum (+ `quorum`), an optional "
                            + "`condition` on the document's fields, an optional `sla` with `escalate_to`. A state workflow (`invoice`, "
                            + "`rfq`): `states` (`name`, one `initial`, at least one `final`) and `transitions` (`name`, `from`, `to`, "
                            + "`permission` and/or `roles`, `condition`, `approval_levels` as levels above, `comment_required`). It "
                            + "becomes the active version; approvals and instances already running keep the version they started with.")
    @APIResponse(
            responseCode = "201",
            description = "The new version",
            content = @Content(schema = @Schema(implementation = Workflow.class)))
    @APIResponse(
            responseCode = "400",
            description = "Unknown document type, a condition that does not parse or reads "
                    + "unknown fields, a level without approvers, a bad SLA, states without exactly one initial state or "
                    + "without a final one, repeated names, transitions between unknown states or leaving a final state, "
                    + "unreachable or dead-end states, unknown permissions (all reported)")
    @APIResponse(
            responseCode = "409",
            description = "Another version of the type was published at the same time (`workflow-not-active`)")
    public Response define(@PathParam("tenantId") UUID tenantId, @Valid @NotNull WorkflowRequests.Define body) {
        Workflow created = workflows.define(caller.get(), body);
        return Response.created(UriBuilder.fromPath("/api/v1/tenants/{t}/workflows/{id}")
                        .build(tenantId, created.id()))
                .entity(created)
                .build();
    }

    @GET
    @Path("/{id: [0-9a-fA-F-]{36}}")
    @RequiresPermission(Permissions.APPROVALS_READ)
    @Operation(summary = "One stored version", description = "With its `status`: active, superseded or retired.")
    @APIResponse(
            responseCode = "200",
            description = "The version",
            content = @Content(schema = @Schema(implementation = Workflow.class)))
    @APIResponse(responseCode = "404", description = "No such workflow in the tenant")
    public Workflow get(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return workflows.get(id);
    }

    @PUT
    @Path("/{id: [0-9a-fA-F-]{36}}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.WORKFLOWS_MANAGE)
    @Operation(
            summary = "Change the active version: publishes a new version",
            description = "The body is a whole definition of the same `document_type`. The new version becomes "
                    + "active; `id` is superseded, and approvals and instances running on it finish on it.")
    @APIResponse(
            responseCode = "200",
            description = "The new version",
            content = @Content(schema = @Schema(implementation = Workflow.class)))
    @APIResponse(responseCode = "400", description = "As for POST; also another `document_type` than the version's")
    @APIResponse(responseCode = "404", description = "No such workflow in the tenant")
    @APIResponse(
            responseCode = "409",
            description = "`id` is not the active version: superseded or retired (`workflow-not-active`)")
    public Workflow replace(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("id") UUID id,
            @Valid @NotNull WorkflowRequests.Define body) {
        return workflows.replace(caller.get(), id, body);
    }

    @DELETE
    @Path("/{id: [0-9a-fA-F-]{36}}")
    @RequiresPermission(Permissions.WORKFLOWS_MANAGE)
    @Operation(
            summary = "Retire the active version",
            description = "The document type is left without an active workflow: purchase orders follow the "
                    + "default policy again, invoices and RFQs no workflow (paying and sending are no longer gated). "
                    + "Approvals and instances running on it finish on it; the version stays readable as `retired`.")
    @APIResponse(responseCode = "204", description = "Retired")
    @APIResponse(responseCode = "404", description = "No such workflow in the tenant")
    @APIResponse(
            responseCode = "409",
            description = "`id` is not the active version: superseded or already retired (`workflow-not-active`)")
    public Response retire(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        workflows.retire(caller.get(), id);
        return Response.noContent().build();
    }

    @GET
    @RequiresPermission(Permissions.APPROVALS_READ)
    @Operation(summary = "Every stored version", description = "Filter `document_type`; newest version first.")
    @APIResponse(responseCode = "200", description = "The versions")
    public List<Workflow> versions(
            @PathParam("tenantId") UUID tenantId, @QueryParam("document_type") String documentType) {
        return workflows.versions(documentType);
    }

    @GET
    @Path("/active")
    @RequiresPermission(Permissions.APPROVALS_READ)
    @Operation(
            summary = "The workflow new approvals of a document type follow",
            description = "The active version, or "
                    + "the default policy (version 0): a level for `approver`, and a second level for `admin` above the "
                    + "tenant's `approval_second_level_amount`.")
    @APIResponse(responseCode = "200", description = "The workflow")
    @APIResponse(responseCode = "400", description = "Unknown document type")
    @APIResponse(responseCode = "404", description = "A state workflow's type (invoice, rfq) has no active version")
    public Workflow active(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("document_type") @DefaultValue("purchase_order") String documentType) {
        return workflows.active(documentType);
    }

    @GET
    @Path("/{documentType}/versions/{version}")
    @RequiresPermission(Permissions.APPROVALS_READ)
    @Operation(summary = "One stored version of a document type's workflow")
    @APIResponse(responseCode = "200", description = "The workflow version")
    @APIResponse(responseCode = "400", description = "Unknown document type")
    public Workflow version(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("documentType") String documentType,
            @PathParam("version") @Min(1) int version) {
        return workflows.version(documentType, version);
    }
}
