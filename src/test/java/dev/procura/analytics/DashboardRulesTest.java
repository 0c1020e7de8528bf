package dev.procura.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class DashboardRulesTest {

    private static final LocalDate MAR_31 = LocalDate.parse("2026-03-31");
    private static final LocalDate AUG_15 = LocalDate.parse("2026-08-15");

    private static RelativePeriod.Range r(String from, String to) {
        return new RelativePeriod.Range(LocalDate.parse(from), LocalDate.parse(to));
    }

    @Test
    void periodsCountBackFromTodayAndThePeriodBeforeHasTheSameLength() {
        assertEquals(r("2026-03-25", "2026-03-31"), RelativePeriod.LAST_7_DAYS.range(MAR_31));
        assertEquals(r("2026-03-18", "2026-03-24"), RelativePeriod.LAST_7_DAYS.previous(MAR_31));
        assertEquals(r("2026-03-02", "2026-03-31"), RelativePeriod.LAST_30_DAYS.range(MAR_31));
        assertEquals(r("2026-01-31", "2026-03-01"), RelativePeriod.LAST_30_DAYS.previous(MAR_31));
        // Month to date on 31 March: the days of February up to its end (it has 28).
        assertEquals(r("2026-03-01", "2026-03-31"), RelativePeriod.MONTH_TO_DATE.range(MAR_31));
        assertEquals(r("2026-02-01", "2026-02-28"), RelativePeriod.MONTH_TO_DATE.previous(MAR_31));
        assertEquals(r("2026-07-01", "2026-07-15"), RelativePeriod.MONTH_TO_DATE.previous(AUG_15));
        assertEquals(r("2026-07-01", "2026-08-15"), RelativePeriod.QUARTER_TO_DATE.range(AUG_15));
        assertEquals(r("2026-04-01", "2026-05-16"), RelativePeriod.QUARTER_TO_DATE.previous(AUG_15));
        assertEquals(r("2026-01-01", "2026-08-15"), RelativePeriod.YEAR_TO_DATE.range(AUG_15));
        assertEquals(r("2025-01-01", "2025-08-15"), RelativePeriod.YEAR_TO_DATE.previous(AUG_15));
        assertEquals(r("2026-02-01", "2026-02-28"), RelativePeriod.PREVIOUS_MONTH.range(MAR_31));
        assertEquals(r("2026-01-01", "2026-01-31"), RelativePeriod.PREVIOUS_MONTH.previous(MAR_31));
        assertEquals(r("2026-04-01", "2026-06-30"), RelativePeriod.PREVIOUS_QUARTER.range(AUG_15));
        assertEquals(r("2026-01-01", "2026-03-31"), RelativePeriod.PREVIOUS_QUARTER.previous(AUG_15));
        assertEquals(r("2026-05-18", "2026-08-15"), RelativePeriod.LAST_90_DAYS.range(AUG_15));
        assertEquals(RelativePeriod.PREVIOUS_QUARTER, RelativePeriod.of("previous_quarter"));
    }

    private static DashboardRequests.Tile tile(String kpi, UUID supplier, String costCentre) {
        return new DashboardRequests.Tile("T", kpi, "last_30_days", true, supplier, null, costCentre, null, null, null);
    }

    @Test
    void tilesNameAKpiAndOnlyTheFiltersItTakesAllErrorsAtOnce() {
        DashboardService.validate(
                new DashboardRequests.Define(
                        "Fine", null, List.of(tile("spend", UUID.randomUUID(), "IT"), tile("backlog", null, null))),
                null);
        Failure.InvalidInput refused = assertThrows(
                Failure.InvalidInput.class,
                () -> DashboardService.validate(
                        new DashboardRequests.Define(
                                "Bad",
                                null,
                                List.of(
                                        tile("spend", null, null),
                                        tile("happiness", null, null),
                                        tile("approvals_ended", UUID.randomUUID(), "IT"),
                                        tile(null, null, null),
                                        new DashboardRequests.Tile(
                                                "R",
                                                "spend",
                                                "last_7_days",
                                                false,
                                                null,
                                                null,
                                                null,
                                                null,
                                                UUID.randomUUID(),
                                                "x"),
                                        new DashboardRequests.Tile(
                                                "R", null, "last_7_days", false, null, null, "IT", null, null, "x"))),
                        null));
        assertEquals(
                List.of(
                        "tiles[1].kpi",
                        "tiles[2].supplier_id",
                        "tiles[2].cost_centre",
                        "tiles[3].kpi",
                        "tiles[4].kpi",
                        "tiles[5].report_id",
                        "tiles[5].report_id"),
                refused.errors().stream().map(FieldError::field).toList());
    }

    @Test
    void everyTileKpiFollowsACatalogueDefinition() {
        List<String> keys =
                KpiCatalogue.ALL.stream().map(AnalyticsViews.Definition::key).toList();
        TileKpis.all().forEach(k -> assertEquals(true, keys.contains(k.definition()), k.key()));
        // The built-in dashboard's tiles are valid tiles.
        DashboardService.validate(DashboardService.PROCUREMENT_TILES, null);
    }
}
