package dev.procura.analytics;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of dashboards. */
public final class DashboardViews {

    private DashboardViews() {}

    @Schema(name = "Dashboard")
    public record DashboardView(
            UUID id,
            String name,
            String description,

            @Schema(description = "A built-in dashboard: read only")
            boolean builtIn,

            List<DashboardRequests.Tile> tiles,
            UUID createdBy,
            Instant createdAt,
            Instant updatedAt) {}

    @Schema(name = "DashboardKpi")
    public record KpiView(
            @Schema(example = "spend") String key,
            String name,

            @Schema(enumeration = {"amount", "percent", "hours", "count"})
            String unit,

            @Schema(description = "The endpoint the figure is read off", example = "/analytics/suppliers")
            String endpoint,

            @Schema(description = "Its definition's key in GET /analytics/definitions")
            String definition,

            @Schema(description = "false: a figure as of now, whatever the period (no comparison)")
            boolean periodic) {}

    @Schema(name = "DashboardKpis")
    public record Kpis(List<KpiView> kpis) {}

    @Schema(name = "TileValue")
    public record TileValue(
            LocalDate from,
            LocalDate to,
            @Schema(description = "null: nothing to count") BigDecimal value) {}

    @Schema(name = "TileData")
    public record TileData(
            String title,

            @Schema(description = "The tile KPI (absent for a report tile)")
            String kpi,

            @Schema(description = "The report a report tile reads (absent for a KPI tile)")
            UUID reportId,

            @Schema(description = "The report's column a report tile shows")
            String column,

            @Schema(enumeration = {"amount", "percent", "hours", "count", "number"})
            String unit,

            String period,
            TileValue current,

            @Schema(description = "The period before, when the tile compares")
            TileValue previous,

            @Schema(description = "current − previous") BigDecimal change,

            @Schema(description = "change / |previous|, percent")
            BigDecimal changePercent) {}

    @Schema(name = "DashboardData")
    public record DashboardData(
            UUID dashboardId,
            String name,

            @Schema(description = "The tenant's today the periods count back from")
            LocalDate asOf,

            @Schema(example = "EUR", description = "The currency of the amounts")
            String currency,

            List<TileData> tiles) {}
}
