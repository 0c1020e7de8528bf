package dev.procura.analytics;

import dev.procura.analytics.AnalyticsViews.ApprovalAnalytics;
import dev.procura.analytics.AnalyticsViews.ConversionAnalytics;
import dev.procura.analytics.AnalyticsViews.ExtractionAnalytics;
import dev.procura.analytics.AnalyticsViews.SavingsAnalytics;
import dev.procura.analytics.AnalyticsViews.SupplierAnalytics;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The single figures a dashboard tile can show, each read off one analytics endpoint's answer for
 * the tile's period: the same numbers that endpoint gives, defined in its catalogue entry.
 */
final class TileKpis {

    enum Source {
        SUPPLIERS,
        SAVINGS,
        APPROVALS,
        EXTRACTION,
        CONVERSION,
        /** Production and quality figures, read off their own capabilities (not an /analytics endpoint). */
        QUALITY
    }

    /** The answers a tile reads from: each computed once per dashboard call, period and filters. */
    interface Answers {
        SupplierAnalytics suppliers();

        SavingsAnalytics savings();

        ApprovalAnalytics approvals();

        ExtractionAnalytics extraction();

        ConversionAnalytics conversion();

        QualityFigures.Figures quality();
    }

    /** {@code definition}: the catalogue key the figure follows; {@code periodic}: false for a figure as of now. */
    record Kpi(
            String key,
            String name,
            String unit,
            Source source,
            String definition,
            boolean periodic,
            Function<Answers, BigDecimal> value) {}

    static final Map<String, Kpi> ALL = new LinkedHashMap<>();

    private static void add(
            String key,
            String name,
            String unit,
            Source source,
            String definition,
            Function<Answers, BigDecimal> value) {
        ALL.put(key, new Kpi(key, name, unit, source, definition, true, value));
    }

    private static BigDecimal count(long value) {
        return BigDecimal.valueOf(value);
    }

    static {
        add(
                "spend",
                "Spend",
                "amount",
                Source.SUPPLIERS,
                "spend",
                a -> a.suppliers().spend());
        add(
                "orders",
                "Orders placed",
                "count",
                Source.SUPPLIERS,
                "orders",
                a -> count(a.suppliers().total().orders()));
        add(
                "on_time_percent",
                "On-time delivery",
                "percent",
                Source.SUPPLIERS,
                "on_time_percent",
                a -> a.suppliers().total().onTimePercent());
        add(
                "in_full_percent",
                "In full",
                "percent",
                Source.SUPPLIERS,
                "in_full_percent",
                a -> a.suppliers().total().inFullPercent());
        add(
                "rejected_percent",
                "Rejected share",
                "percent",
                Source.SUPPLIERS,
                "rejected_percent",
                a -> a.suppliers().total().rejectedPercent());
        add(
                "top_percent",
                "Spend with the top 5 suppliers",
                "percent",
                Source.SUPPLIERS,
                "top_percent",
                a -> a.suppliers().concentration().topPercent());
        add(
                "savings",
                "Savings",
                "amount",
                Source.SAVINGS,
                "savings",
                a -> a.savings().savings());
        add(
                "savings_percent",
                "Savings rate",
                "percent",
                Source.SAVINGS,
                "savings_percent",
                a -> a.savings().savingsPercent());
        add(
                "ppv",
                "Purchase price variance",
                "amount",
                Source.SAVINGS,
                "ppv",
                a -> a.savings().priceVariance().total());
        add(
                "approvals_ended",
                "Approvals ended",
                "count",
                Source.APPROVALS,
                "ended",
                a -> count(a.approvals().ended()));
        add(
                "rejection_percent",
                "Approval rejection rate",
                "percent",
                Source.APPROVALS,
                "rejection_percent",
                a -> a.approvals().rejectionPercent());
        add(
                "approval_hours_p50",
                "Approval cycle time (median)",
                "hours",
                Source.APPROVALS,
                "cycle_hours",
                a -> a.approvals().hoursP50());
        add(
                "approval_hours_p90",
                "Approval cycle time (p90)",
                "hours",
                Source.APPROVALS,
                "cycle_hours",
                a -> a.approvals().hoursP90());
        add(
                "escalations",
                "Escalations",
                "count",
                Source.APPROVALS,
                "escalations",
                a -> count(a.approvals().escalationsManual() + a.approvals().escalationsSla()));
        ALL.put(
                "backlog",
                new Kpi(
                        "backlog",
                        "Approvals pending now",
                        "count",
                        Source.APPROVALS,
                        "backlog",
                        false,
                        a -> count(a.approvals().backlog().pending())));
        add(
                "extraction_success_percent",
                "Text extraction success",
                "percent",
                Source.EXTRACTION,
                "extraction_success_percent",
                a -> a.extraction().successPercent());
        add(
                "import_success_percent",
                "Import row success",
                "percent",
                Source.EXTRACTION,
                "import_success_percent",
                a -> a.extraction().importSuccessPercent());
        add(
                "conversion_success_percent",
                "Conversion success",
                "percent",
                Source.CONVERSION,
                "conversion_success_percent",
                a -> a.conversion().total().successPercent());
        add("oee", "OEE", "percent", Source.QUALITY, "oee", a -> a.quality().oeePercent());
        add(
                "first_pass_yield",
                "First-pass yield",
                "percent",
                Source.QUALITY,
                "first_pass_yield",
                a -> a.quality().firstPassYieldPercent());
        add(
                "ncrs_raised",
                "NCRs raised",
                "count",
                Source.QUALITY,
                "ncrs_raised",
                a -> count(a.quality().ncrsRaised()));
    }

    private TileKpis() {}

    static List<Kpi> all() {
        return List.copyOf(ALL.values());
    }
}
