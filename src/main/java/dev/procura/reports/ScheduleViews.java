package dev.procura.reports;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of report schedules. */
public final class ScheduleViews {

    private ScheduleViews() {}

    @Schema(name = "ReportScheduleView")
    public record ScheduleView(
            UUID id,
            UUID reportId,

            @Schema(description = "The schedule as saved") ScheduleRequests.Define schedule,

            @Schema(description = "In words, e.g. every Monday at 07:30", example = "every Monday at 07:30")
            String description,

            @Schema(description = "The tenant's time zone the times are in", example = "Europe/Lisbon")
            String zone,

            @Schema(description = "The next run (absent while paused)")
            Instant nextRunAt,

            UUID createdBy,
            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "ReportDelivery")
    public record DeliveryView(
            UUID id,
            UUID scheduleId,

            @Schema(description = "The run it is for") Instant dueAt,

            @Schema(enumeration = {"running", "delivered", "retrying", "failed"})
            String status,

            @Schema(description = "Runs of the report for it: more than 1 after a retry")
            int attempts,

            @Schema(description = "The report execution of the last attempt")
            UUID executionId,

            Instant retryAt,
            Instant deliveredAt,

            @Schema(description = "The file was attached (false: the email has a link, the file being too large)")
            Boolean attached,

            @Schema(description = "Recipients the email went to")
            List<UUID> sentTo,

            @Schema(description = "Recipients left out: no longer members, or no longer allowed to read the dataset")
            List<UUID> skipped,

            String error) {}
}
