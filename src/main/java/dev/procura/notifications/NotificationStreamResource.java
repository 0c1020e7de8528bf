package dev.procura.notifications;

import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.RequiresPermission;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The caller's notifications as Server-Sent Events, live, from whichever server created them. */
@Path("/api/v1/tenants/{tenantId}/notifications/stream")
@SecurityRequirement(name = "bearer")
@Tag(name = "Notifications")
public class NotificationStreamResource {

    @Inject
    NotificationStreams streams;

    @Inject
    CurrentCaller caller;

    @GET
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RequiresPermission(Permissions.TENANT_READ)
    @Operation(
            summary = "Stream the caller's notifications",
            description =
                    "`text/event-stream`: each notification is an "
                            + "event `notification` whose `id` is its `seq` and whose `data` is the notification as JSON. With "
                            + "`Last-Event-ID` the stream first replays the caller's notifications after that id; without it, only new "
                            + "ones come. Comments keep the connection alive; the server ends a stream after "
                            + "`procura.notifications.stream.max-age` (15 min), and the client reconnects with `Last-Event-ID`.")
    @APIResponse(
            responseCode = "200",
            description = "The stream: `id`, `event: notification` and `data` (a notification as JSON) per event",
            content = @Content(mediaType = "text/event-stream", schema = @Schema(type = SchemaType.STRING)))
    @APIResponse(responseCode = "401", description = "No valid access token")
    @APIResponse(responseCode = "403", description = "Role lacks the permission, or the tenant is suspended or deleted")
    @APIResponse(responseCode = "404", description = "No such tenant, or not a member")
    public void stream(
            @PathParam("tenantId") UUID tenantId,
            @HeaderParam("Last-Event-ID") String lastEventId,
            @Context SseEventSink sink,
            @Context Sse sse) {
        streams.open(tenantId, caller.get().userId(), seq(lastEventId), sink, sse);
    }

    /** Ids this server gave are numbers; anything else is not one of ours and is ignored. */
    private static Long seq(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            return null;
        }
        try {
            long seq = Long.parseLong(lastEventId.strip());
            return seq >= 0 ? seq : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
