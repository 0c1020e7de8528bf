package dev.procura.analytics;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of dashboards. */
public final class DashboardRequests {

    private DashboardRequests() {}

    static final String PERIODS = "last_7_days|last_30_days|last_90_days|month_to_date|quarter_to_date|year_to_date"
            + "|previous_month|previous_quarter";

    @Schema(name = "DashboardDefinition")
    public record Define(
            @NotBlank @Size(max = 120) String name,
            @Size(max = 500) String description,
            @NotNull @Size(min = 1, max = 24) List<@NotNull @Valid Tile> tiles) {}

    @Schema(name = "DashboardTile")
    public record Tile(
            @NotBlank @Size(max = 120) String title,

            @Size(max = 60)
            @Schema(
                    description = "A tile KPI (GET /dashboards/kpis); or leave it out and name report_id and column",
                    example = "spend")
            String kpi,

            @NotBlank
            @Pattern(regexp = PERIODS)
            @Schema(
                    description = "Relative to the tenant's today",
                    enumeration = {
                        "last_7_days",
                        "last_30_days",
                        "last_90_days",
                        "month_to_date",
                        "quarter_to_date",
                        "year_to_date",
                        "previous_month",
                        "previous_quarter"
                    })
            String period,

            @Schema(description = "Also show the value of the period before (same length); default false")
            Boolean compare,

            @Schema(description = "Filters of the KPI's endpoint; only those it takes")
            UUID supplierId,

            @Size(max = 60) String category,
            @Size(max = 40) String costCentre,
            @Pattern(regexp = "[A-Z]{3}") String currency,

            @Schema(
                    description = "A report of aggregates without group_by whose dataset has dates (from, to): the tile"
                            + " shows one of its number columns over the tile's period")
            UUID reportId,

            @Size(max = 80) @Schema(description = "With report_id: the report's output column to show")
            String column) {

        boolean compared() {
            return Boolean.TRUE.equals(compare);
        }
    }
}
