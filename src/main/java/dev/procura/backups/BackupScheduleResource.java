package dev.procura.backups;

import dev.procura.platform.security.Caller;
import dev.procura.platform.security.RequiresGroup;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/admin/backup-schedule/runs")
@Produces(MediaType.APPLICATION_JSON)
@RequiresGroup(Caller.PLATFORM_ADMIN)
@SecurityRequirement(name = "bearer")
@Tag(name = "Platform administration")
@APIResponse(responseCode = "403", description = "The caller is not a platform administrator")
public class BackupScheduleResource {

    @Inject
    BackupSchedule schedule;

    @POST
    @Consumes(MediaType.WILDCARD)
    @Operation(
            summary = "Run the daily backup schedule now",
            description = "Queues a scheduled backup for every tenant (or only the tenants named by `tenant`) without a"
                    + " backup since today's schedule hour, starts queued backups up to procura.backups.parallel,"
                    + " and deletes backups past their retention. Answers what it did; the backups run on.")
    @APIResponse(responseCode = "200", description = "Backups queued and backups deleted")
    public BackupSchedule.Run run(@QueryParam("tenant") List<UUID> tenants) {
        return schedule.run(tenants == null || tenants.isEmpty() ? null : tenants);
    }
}
