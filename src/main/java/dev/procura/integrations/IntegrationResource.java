package dev.procura.integrations;

import dev.procura.integrations.IntegrationViews.MappingView;
import dev.procura.integrations.IntegrationViews.MessageView;
import dev.procura.integrations.IntegrationViews.SystemView;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import dev.procura.platform.web.Params;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
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
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/tenants/{tenantId}/integrations")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(
        name = "Integrations",
        description = "External systems (an ERP) that approved purchase orders and matched invoices are published"
                + " to as JSON over HTTP: the message log with retries and replays, and the ids each system gave"
                + " our records")
@APIResponse(
        responseCode = "404",
        description = "No such tenant, integration system or message, or the caller is not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class IntegrationResource {

    private static final String SYSTEM_PATH = "/api/v1/tenants/{t}/integrations/{system}";

    @Inject
    IntegrationService integrations;

    @Inject
    CurrentCaller caller;

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.INTEGRATIONS_WRITE)
    @Operation(
            summary = "Define an integration system",
            description = "The endpoint is an http or https URL without user info; at send time, outside"
                    + " development, hosts in private or local networks are refused and redirects are not"
                    + " followed. `bearer_token` and `hmac_secret` are stored encrypted and never returned.")
    @APIResponse(
            responseCode = "201",
            description = "Defined",
            content = @Content(schema = @Schema(implementation = SystemView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported), e.g. a bad endpoint URL")
    @APIResponse(responseCode = "409", description = "Another system has the code (`integration-system-code-taken`)")
    public Response create(@PathParam("tenantId") UUID tenantId, @Valid @NotNull IntegrationRequests.Define body) {
        SystemView created = integrations.create(caller.get(), body);
        return Response.created(UriBuilder.fromPath(SYSTEM_PATH).build(tenantId, created.code()))
                .entity(created)
                .build();
    }

    @GET
    @RequiresPermission(Permissions.INTEGRATIONS_READ)
    @Operation(summary = "List integration systems", description = "By code; secrets only as has_… flags.")
    @APIResponse(responseCode = "200", description = "A page of systems")
    @APIResponse(responseCode = "400", description = "A bad page or per_page")
    public Page<SystemView> list(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return integrations.list(page, perPage);
    }

    @GET
    @Path("/{system}")
    @RequiresPermission(Permissions.INTEGRATIONS_READ)
    @Operation(summary = "An integration system")
    @APIResponse(
            responseCode = "200",
            description = "The system",
            content = @Content(schema = @Schema(implementation = SystemView.class)))
    public SystemView get(@PathParam("tenantId") UUID tenantId, @PathParam("system") String system) {
        return integrations.get(system);
    }

    @PUT
    @Path("/{system}")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.INTEGRATIONS_WRITE)
    @Operation(
            summary = "Change an integration system",
            description = "In full, except the secrets: a secret left out stays, an empty string removes it. The"
                    + " code cannot change. Enabling a system sends its waiting messages.")
    @APIResponse(
            responseCode = "200",
            description = "The system",
            content = @Content(schema = @Schema(implementation = SystemView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    public SystemView change(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("system") String system,
            @Valid @NotNull IntegrationRequests.Define body) {
        return integrations.change(caller.get(), system, body);
    }

    @GET
    @Path("/{system}/messages")
    @RequiresPermission(Permissions.INTEGRATIONS_READ)
    @Operation(
            summary = "A system's messages",
            description = "Newest first by default, without payloads. Filters: `status`, `direction`,"
                    + " `entity_type`, `from`/`to` (days the message was written, in the tenant's time zone, both"
                    + " included). `sort`: created_at, updated_at, status, attempts; '-' for descending.")
    @APIResponse(responseCode = "200", description = "A page of messages")
    @APIResponse(responseCode = "400", description = "A bad filter, date or sort")
    public Page<MessageView> messages(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("system") String system,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @QueryParam("status") @Pattern(regexp = IntegrationRequests.STATUSES) String status,
            @QueryParam("direction") @Pattern(regexp = IntegrationRequests.DIRECTIONS) String direction,
            @QueryParam("entity_type") @Size(max = 40) String entityType,
            @Parameter(description = "Written on or after this day") @QueryParam("from") String from,
            @Parameter(description = "Written on or before this day") @QueryParam("to") String to,
            @QueryParam("sort") @DefaultValue("-created_at") String sort) {
        return integrations.messages(
                system,
                status,
                direction,
                entityType,
                Params.date("from", from),
                Params.date("to", to),
                sort,
                page,
                perPage);
    }

    @GET
    @Path("/{system}/messages/{id}")
    @RequiresPermission(Permissions.INTEGRATIONS_READ)
    @Operation(summary = "A message with its payload")
    @APIResponse(
            responseCode = "200",
            description = "The message",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    public MessageView message(
            @PathParam("tenantId") UUID tenantId, @PathParam("system") String system, @PathParam("id") UUID id) {
        return integrations.message(system, id);
    }

    @POST
    @Path("/{system}/messages/{id}/retry")
    @RequiresPermission(Permissions.INTEGRATIONS_WRITE)
    @Operation(
            summary = "Retry a failed or dead message now",
            description = "Back to pending with a fresh count of attempts; the sender takes it at once. The"
                    + " Idempotency-Key stays the message id.")
    @APIResponse(
            responseCode = "200",
            description = "The message, pending",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The message is pending or sent (`invalid-transition`, with `current_status`)")
    public MessageView retry(
            @PathParam("tenantId") UUID tenantId, @PathParam("system") String system, @PathParam("id") UUID id) {
        return integrations.retry(caller.get(), system, id);
    }

    @POST
    @Path("/{system}/messages/{id}/replay")
    @RequiresPermission(Permissions.INTEGRATIONS_WRITE)
    @Operation(
            summary = "Send a sent message again",
            description = "A new message with the same payload and its own id (so its own Idempotency-Key),"
                    + " linked to the original by `replay_of`.")
    @APIResponse(
            responseCode = "201",
            description = "The new message, pending",
            content = @Content(schema = @Schema(implementation = MessageView.class)))
    @APIResponse(
            responseCode = "409",
            description = "The message was not sent (`invalid-transition`, with `current_status`)")
    public Response replay(
            @PathParam("tenantId") UUID tenantId, @PathParam("system") String system, @PathParam("id") UUID id) {
        MessageView replayed = integrations.replay(caller.get(), system, id);
        return Response.created(
                        UriBuilder.fromPath(SYSTEM_PATH + "/messages/{id}").build(tenantId, system, replayed.id()))
                .entity(replayed)
                .build();
    }

    @GET
    @Path("/{system}/mappings")
    @RequiresPermission(Permissions.INTEGRATIONS_READ)
    @Operation(
            summary = "The ids a system gave our records",
            description = "By entity type and our id; filter `entity_type` (purchase_order, invoice, supplier,"
                    + " item). An item's id of ours is its code.")
    @APIResponse(responseCode = "200", description = "A page of mappings")
    @APIResponse(responseCode = "400", description = "A bad filter or page")
    public Page<MappingView> mappings(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("system") String system,
            @QueryParam("entity_type") @Pattern(regexp = IntegrationRequests.ENTITY_TYPES) String entityType,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return integrations.mappings(system, entityType, page, perPage);
    }

    @PUT
    @Path("/{system}/mappings")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.INTEGRATIONS_WRITE)
    @Operation(
            summary = "Map one of our records to the system's id by hand",
            description = "Creates the mapping or changes its external id; the next messages name it.")
    @APIResponse(
            responseCode = "200",
            description = "The mapping",
            content = @Content(schema = @Schema(implementation = MappingView.class)))
    @APIResponse(responseCode = "400", description = "Invalid fields (all reported)")
    @APIResponse(
            responseCode = "409",
            description = "The external id is mapped to another record (`integration-id-mapped`, with `our_id`)")
    public MappingView map(
            @PathParam("tenantId") UUID tenantId,
            @PathParam("system") String system,
            @Valid @NotNull IntegrationRequests.Mapping body) {
        return integrations.map(caller.get(), system, body);
    }
}
