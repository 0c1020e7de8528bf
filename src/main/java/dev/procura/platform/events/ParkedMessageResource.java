package dev.procura.platform.events;

import dev.procura.platform.events.ParkedMessages.ParkedView;
import dev.procura.platform.security.Caller;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.security.RequiresGroup;
import dev.procura.platform.web.Page;
import dev.procura.platform.web.Paging;
import jakarta.inject.Inject;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/parked-messages")
@Produces(MediaType.APPLICATION_JSON)
@RequiresGroup(Caller.PLATFORM_ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Platform administration")
@APIResponse(responseCode = "401", description = "Missing, invalid, expired or revoked access token")
@APIResponse(responseCode = "403", description = "The caller is not a platform administrator")
public class ParkedMessageResource {

    @Inject
    ParkedMessages parked;

    @Inject
    CurrentCaller caller;

    @GET
    @Operation(
            summary = "Messages consumers gave up on",
            description = "Poison messages, newest first, without their payload. Filters: `topic` (the original "
                    + "topic), `replayed` (true or false).")
    @APIResponse(responseCode = "200", description = "A page of parked messages")
    @APIResponse(responseCode = "400", description = "Invalid paging or filter")
    public Page<ParkedView> list(
            @QueryParam("page") @DefaultValue("1") @Min(1) int page,
            @QueryParam("per_page") @DefaultValue(Paging.DEFAULT_PER_PAGE) @Min(1) @Max(Paging.MAX_PER_PAGE)
                    int perPage,
            @QueryParam("topic") @Size(max = 200) String topic,
            @QueryParam("replayed") @Pattern(regexp = "true|false") String replayed) {
        return parked.list(topic, replayed == null ? null : Boolean.valueOf(replayed), page, perPage);
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "A parked message with its payload and the error that parked it")
    @APIResponse(responseCode = "200", description = "The parked message")
    @APIResponse(responseCode = "404", description = "No such parked message")
    public ParkedView get(@PathParam("id") UUID id) {
        return parked.get(id);
    }

    @POST
    @Path("/{id}/replay")
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Send a parked message back to its topic",
            description = "Its consumer handles it again (consumers are idempotent); if it fails again it is parked "
                    + "anew. The message stays listed, with its replay count.")
    @APIResponse(responseCode = "200", description = "Queued for its topic; the parked message as it is now")
    @APIResponse(responseCode = "404", description = "No such parked message")
    public ParkedView replay(@PathParam("id") UUID id) {
        return parked.replay(id, caller.get().userId());
    }
}
