package dev.procura.notifications;

import dev.procura.notifications.NotificationViews.MarkedRead;
import dev.procura.notifications.NotificationViews.MessageSent;
import dev.procura.notifications.NotificationViews.NotificationView;
import dev.procura.platform.failures.Failure;
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
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's own notifications in a tenant; administrators also send messages to members. */
@Path("/api/v1/tenants/{tenantId}/notifications")
@Produces(MediaType.APPLICATION_JSON)
@SecurityRequirement(name = "bearer")
@Tag(name = "Notifications", description = "In-app notifications, their history, and messages to members")
@APIResponse(responseCode = "404", description = "No such tenant or notification, or not a member")
@APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
public class NotificationResource {

    @Inject
    NotificationService notifications;

    @Inject
    MessageService messages;

    @Inject
    CurrentCaller caller;

    @GET
    @RequiresPermission(Permissions.TENANT_READ)
    @Operation(
            summary = "The caller's notifications",
            description = "Newest first; `unread=true` for unread ones only " + "(then `total` is the unread count).")
    @APIResponse(responseCode = "200", description = "A page of notifications")
    public Page<NotificationView> inbox(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("unread") @DefaultValue("false") boolean unread,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return notifications.inbox(caller.get(), unread, page, perPage);
    }

    @GET
    @Path("/history")
    @RequiresPermission(Permissions.TENANT_READ)
    @Operation(
            summary = "Every notification of the caller, read or not",
            description = "Newest first. Filters: `type`, "
                    + "`from` (inclusive) and `to` (exclusive), each an ISO-8601 instant or a date (a UTC day).")
    @APIResponse(responseCode = "200", description = "A page of notifications")
    @APIResponse(responseCode = "400", description = "Unknown type, or a malformed time")
    public Page<NotificationView> history(
            @PathParam("tenantId") UUID tenantId,
            @QueryParam("type") String type,
            @QueryParam("from") String from,
            @QueryParam("to") String to,
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage) {
        return notifications.history(caller.get(), type, instant("from", from), instant("to", to), page, perPage);
    }

    @POST
    @Path("/{id}/read")
    @RequiresPermission(Permissions.TENANT_READ)
    @Operation(
            summary = "Mark one of one's notifications read",
            description = "Another member's notification is not found.")
    @APIResponse(responseCode = "200", description = "The notification, read")
    public NotificationView markRead(@PathParam("tenantId") UUID tenantId, @PathParam("id") UUID id) {
        return notifications.markRead(caller.get(), id);
    }

    @POST
    @Path("/read-all")
    @RequiresPermission(Permissions.TENANT_READ)
    @Operation(summary = "Mark all of one's notifications read")
    @APIResponse(responseCode = "200", description = "How many were unread")
    public MarkedRead markAllRead(@PathParam("tenantId") UUID tenantId) {
        return notifications.markAllRead(caller.get());
    }

    @POST
    @Path("/send")
    @Consumes(MediaType.APPLICATION_JSON)
    @RequiresPermission(Permissions.NOTIFICATIONS_SEND)
    @Operation(
            summary = "Send a message to members",
            description = "To `user_ids` or to every holder of `role` "
                    + "(exactly one). Written in the application at once as type `message`; emails follow from a "
                    + "`notification.requested` event, as each member's preferences allow.")
    @APIResponse(
            responseCode = "202",
            description = "Sent in the application; emails queued",
            content = @Content(schema = @Schema(implementation = MessageSent.class)))
    @APIResponse(
            responseCode = "400",
            description = "Invalid fields, both or neither audience, a non-member, a role nobody holds")
    public Response send(@PathParam("tenantId") UUID tenantId, @Valid @NotNull NotificationRequests.Message body) {
        MessageSent sent = messages.send(caller.get(), body);
        return Response.accepted(sent).build();
    }

    /** An ISO-8601 instant, or a date meaning the start of that UTC day. */
    private static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return value.contains("T")
                    ? Instant.parse(value)
                    : LocalDate.parse(value).atStartOfDay(ZoneOffset.UTC).toInstant();
        } catch (DateTimeParseException e) {
            throw new Failure.InvalidInput(name, "must be an ISO-8601 instant or date, e.g. 2026-11-21");
        }
    }
}
