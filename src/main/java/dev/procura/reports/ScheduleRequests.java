package dev.procura.reports;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of report schedules. */
public final class ScheduleRequests {

    private ScheduleRequests() {}

    @Schema(
            name = "ReportSchedule",
            description = "When a report runs on its own and who gets the file by email, in the tenant's time zone.")
    public record Define(
            @NotBlank
            @Pattern(regexp = "daily|weekly|monthly|cron")
            @Schema(enumeration = {"daily", "weekly", "monthly", "cron"})
            String cadence,

            @Pattern(regexp = "\\d{2}:\\d{2}")
            @Schema(description = "HH:mm; default 07:00 (not with cron)", example = "07:30")
            String time,

            @Pattern(regexp = "monday|tuesday|wednesday|thursday|friday|saturday|sunday")
            @Schema(
                    description = "weekly only",
                    enumeration = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
            String dayOfWeek,

            @Min(1) @Max(31) @Schema(description = "monthly only; a shorter month runs on its last day")
            Integer dayOfMonth,

            @Size(max = 100)
            @Schema(
                    description = "cron only: minute hour day-of-month month day-of-week (Unix)",
                    example = "30 7 * * 1-5")
            String cron,

            @NotNull
            @Size(min = 1, max = 20)
            @Schema(description = "Members of the tenant who may read the report's dataset")
            List<@NotNull UUID> recipients,

            @Pattern(regexp = ReportRequests.FORMATS)
            @Schema(
                    description = "Default: the report's format",
                    enumeration = {"csv", "xlsx", "pdf", "docx", "json"})
            String format,

            @Schema(description = "Default true; a paused schedule keeps its settings and does not run")
            Boolean active) {

        boolean isActive() {
            return active == null || active;
        }
    }
}
