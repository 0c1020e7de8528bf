package dev.procura.approvals;

import dev.procura.approvals.WorkflowInstanceViews.InstanceView;
import dev.procura.approvals.WorkflowInstanceViews.TransitionView;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** A drawing revision's transitions: those the caller may take now, and taking one ({@link WorkflowEngine}). */
@Path("/api/v1/tenants/{tenantId}/projects/{projectId}/rda/{id}/transitions")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Workflow instances",
        description = "Records (invoices, RFQs) moving through their state workflow: transitions and history")
@APIResponse(
        responseCode = "404",
        description = "No such tenant, drawing or transition, not a member, or no drawing workflow defined")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class RdaTransitionResource {

    private static final String SEGMENT = "rda";

    @Inject
    WorkflowEngine engine;

    @Inject
    CurrentCaller caller;

    @GET
    @RequiresPermission(Permissions.APPROVALS_READ)
    @Operation(
            summary = "The transitions the caller may take now on a drawing revision",
            description = WorkflowInstanceDocs.AVAILABLE)
    @APIResponse(
            responseCode = "200",
            description = "The transitions",
            content = @Content(schema = @Schema(type = SchemaType.ARRAY, implementation = TransitionView.class)))
    public List<TransitionView> transitions(
            @PathParam("tenantId") UUID tenantId, @PathParam("projectId") UUID projectId, @PathParam("id") UUID id) {
        return engine.available(SEGMENT, id);
    }

    @POST
    @Path("/{name}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.APPROVALS_REQUEST)
    @Operation(summary = "Take a transition of a drawing revision", description = WorkflowInstanceDocs.TAKE)
    @APIResponse(
            responseCode = "200",
            description = "The record's workflow after the transition (or with the transition pending)",
            content = @Content(schema = @Schema(implementation = InstanceView.class)))
    @APIResponse(responseCode = "400", description = "A comment is required and missing, or too long")
    @APIResponse(responseCode = "403", description = WorkflowInstanceDocs.FORBIDDEN)
    @APIResponse(responseCode = "409", description = WorkflowInstanceDocs.CONFLICT)
    public InstanceView take(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("projectId") UUID projectId,
            @PathParam("id") UUID id,
            @PathParam("name") String name,
            @Valid WorkflowRequests.Transition body) {
        return engine.take(caller.get(), SEGMENT, id, name, body == null ? null : body.comment());
    }
}
