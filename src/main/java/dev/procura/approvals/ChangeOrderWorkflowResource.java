package dev.procura.approvals;

import dev.procura.approvals.WorkflowInstanceViews.InstanceView;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
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

/** A change order's workflow: its state, version and history ({@link WorkflowEngine}). */
@Path("/api/v1/tenants/{tenantId}/projects/{projectId}/change-orders/{id}/workflow")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Workflow instances",
        description = "Records (invoices, RFQs) moving through their state workflow: transitions and history")
@APIResponse(
        responseCode = "404",
        description = "No such tenant or change order, not a member, or no change order workflow defined")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class ChangeOrderWorkflowResource {

    private static final String SEGMENT = "change-orders";

    @Inject
    WorkflowEngine engine;

    @Inject
    CurrentCaller caller;

    @GET
    @RequiresPermission(Permissions.APPROVALS_READ)
    @Operation(
            summary = "A change order's workflow and history",
            description = "Its state, the version it follows, a pending transition, and every transition taken, "
                    + "requested or rejected: who, when, from, to, comment, version.")
    @APIResponse(
            responseCode = "200",
            description = "The record's workflow",
            content = @Content(schema = @Schema(implementation = InstanceView.class)))
    public InstanceView workflow(
            @PathParam("tenantId") UUID tenantId, @PathParam("projectId") UUID projectId, @PathParam("id") UUID id) {
        return engine.workflow(SEGMENT, id);
    }
}
