package dev.procura.analytics;

import dev.procura.analytics.AnalyticsViews.ApprovalAnalytics;
import dev.procura.analytics.AnalyticsViews.ConversionAnalytics;
import dev.procura.analytics.AnalyticsViews.ExtractionAnalytics;
import dev.procura.analytics.AnalyticsViews.SavingsAnalytics;
import dev.procura.analytics.AnalyticsViews.SupplierAnalytics;
import dev.procura.analytics.DashboardViews.DashboardData;
import dev.procura.analytics.DashboardViews.DashboardView;
import dev.procura.analytics.DashboardViews.KpiView;
import dev.procura.analytics.DashboardViews.TileData;
import dev.procura.analytics.DashboardViews.TileValue;
import dev.procura.currencies.CurrencyService;
import dev.procura.platform.analytics.Interval;
import dev.procura.platform.analytics.Period;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.reports.ReportService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * Dashboards: the tenant's own (named tiles, validated against the tile KPIs) and the built-in
 * procurement dashboard. A dashboard's data computes every tile in one call, each analytics answer
 * once per period and filters however many tiles read it.
 */
@ApplicationScoped
public class DashboardService {

    /** The built-in procurement dashboard: not stored, the same id in every tenant. */
    static final UUID PROCUREMENT =
            UUID.nameUUIDFromBytes("procura:dashboard:procurement".getBytes(StandardCharsets.UTF_8));

    static final DashboardRequests.Define PROCUREMENT_TILES = new DashboardRequests.Define(
            "Procurement",
            "Spend, delivery, savings, approvals and backlog at a glance",
            List.of(
                    tile("Spend this month", "spend", "month_to_date"),
                    tile("Orders placed this month", "orders", "month_to_date"),
                    tile("On-time delivery, 90 days", "on_time_percent", "last_90_days"),
                    tile("Savings this quarter", "savings", "quarter_to_date"),
                    tile("Price variance this quarter", "ppv", "quarter_to_date"),
                    tile("Approval cycle time, 30 days", "approval_hours_p50", "last_30_days"),
                    tile("Approval rejection rate, 30 days", "rejection_percent", "last_30_days"),
                    new DashboardRequests.Tile(
                            "Approvals pending",
                            "backlog",
                            "last_30_days",
                            false,
                            null,
                            null,
                            null,
                            null,
                            null,
                            null)));

    /** The built-in quality and production dashboard: not stored, the same id in every tenant. */
    static final UUID QUALITY = UUID.nameUUIDFromBytes("procura:dashboard:quality".getBytes(StandardCharsets.UTF_8));

    static final DashboardRequests.Define QUALITY_TILES = new DashboardRequests.Define(
            "Quality and production",
            "OEE, first-pass yield and non-conformances",
            List.of(
                    tile("OEE, 30 days", "oee", "last_30_days"),
                    tile("First-pass yield, 30 days", "first_pass_yield", "last_30_days"),
                    tile("NCRs raised this month", "ncrs_raised", "month_to_date"),
                    tile("NCRs raised, 90 days", "ncrs_raised", "last_90_days")));

    private static DashboardRequests.Tile tile(String title, String kpi, String period) {
        return new DashboardRequests.Tile(title, kpi, period, true, null, null, null, null, null, null);
    }

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantOutbox outbox;

    @Inject
    AnalyticsService analytics;

    @Inject
    QualityFigures quality;

    @Inject
    CurrencyService currencies;

    @Inject
    ReportService reports;

    public DashboardView create(UUID actor, DashboardRequests.Define request) {
        validate(request, reports);
        return tenantData.call(tx -> {
            requireFreeName(tx, request.name(), null);
            Dashboard dashboard = new Dashboard(actor, tx.now());
            dashboard.describe(request, tx.now());
            tx.em().persist(dashboard);
            publish(tx, actor, "dashboard.created", dashboard);
            return view(dashboard);
        });
    }

    public List<DashboardView> list() {
        return tenantData.call(tx -> {
            List<DashboardView> all = new ArrayList<>();
            all.add(builtIn(PROCUREMENT));
            all.add(builtIn(QUALITY));
            tx.em()
                    .createQuery("SELECT d FROM Dashboard d ORDER BY LOWER(d.name), d.id", Dashboard.class)
                    .getResultStream()
                    .map(DashboardService::view)
                    .forEach(all::add);
            return all;
        });
    }

    public DashboardView get(UUID id) {
        if (isBuiltIn(id)) {
            return builtIn(id);
        }
        return tenantData.call(tx -> view(existing(tx, id)));
    }

    public DashboardView change(UUID actor, UUID id, DashboardRequests.Define request) {
        refuseBuiltIn(id);
        validate(request, reports);
        return tenantData.call(tx -> {
            Dashboard dashboard = existing(tx, id);
            requireFreeName(tx, request.name(), id);
            dashboard.describe(request, tx.now());
            publish(tx, actor, "dashboard.changed", dashboard);
            return view(dashboard);
        });
    }

    public void delete(UUID actor, UUID id) {
        refuseBuiltIn(id);
        tenantData.call(tx -> {
            Dashboard dashboard = existing(tx, id);
            tx.em().remove(dashboard);
            publish(tx, actor, "dashboard.deleted", dashboard);
            return null;
        });
    }

    public DashboardViews.Kpis kpis() {
        return new DashboardViews.Kpis(TileKpis.all().stream()
                .map(k -> new KpiView(
                        k.key(),
                        k.name(),
                        k.unit(),
                        k.source() == TileKpis.Source.QUALITY
                                ? KpiCatalogue.endpointOf(k.definition())
                                : "/analytics/" + k.source().name().toLowerCase(Locale.ROOT),
                        k.definition(),
                        k.periodic()))
                .toList());
    }

    /** Every tile's value (and the period before, where it compares) as of the tenant's today. */
    public DashboardData data(UUID id) {
        DashboardView dashboard = get(id);
        record Context(LocalDate today, String currency) {}
        Context context = tenantData.call(tx -> new Context(tx.today(), currencies.home(tx)));
        Map<String, TileKpis.Answers> answers = new HashMap<>();
        List<TileData> tiles = new ArrayList<>();
        for (DashboardRequests.Tile tile : dashboard.tiles()) {
            TileKpis.Kpi kpi = tile.kpi() == null ? null : TileKpis.ALL.get(tile.kpi());
            RelativePeriod relative = RelativePeriod.of(tile.period());
            RelativePeriod.Range range = relative.range(context.today());
            String[] unit = {kpi == null ? null : kpi.unit()};
            java.util.function.Function<RelativePeriod.Range, TileValue> valueOf = kpi != null
                    ? r -> value(answers, kpi, tile, r)
                    : r -> {
                        try {
                            ReportService.TileFigure figure =
                                    reports.tileValue(tile.reportId(), tile.column(), r.from(), r.to());
                            unit[0] = figure.unit();
                            return new TileValue(r.from(), r.to(), figure.value());
                        } catch (Failure.NotFound | Failure.InvalidInput gone) {
                            // The report was deleted, or no longer fits its dataset: the tile shows no value.
                            return new TileValue(r.from(), r.to(), null);
                        }
                    };
            TileValue current = valueOf.apply(range);
            TileValue previous = tile.compared() && (kpi == null || kpi.periodic())
                    ? valueOf.apply(relative.previous(context.today()))
                    : null;
            BigDecimal change = previous == null || current.value() == null || previous.value() == null
                    ? null
                    : current.value().subtract(previous.value());
            BigDecimal changePercent = change == null || previous.value().signum() == 0
                    ? null
                    : change.multiply(BigDecimal.valueOf(100))
                            .divide(previous.value().abs(), 2, RoundingMode.HALF_UP);
            tiles.add(new TileData(
                    tile.title(),
                    tile.kpi(),
                    tile.reportId(),
                    tile.column(),
                    unit[0],
                    relative.apiName(),
                    current,
                    previous,
                    change,
                    changePercent));
        }
        return new DashboardData(dashboard.id(), dashboard.name(), context.today(), context.currency(), tiles);
    }

    private TileValue value(
            Map<String, TileKpis.Answers> answers,
            TileKpis.Kpi kpi,
            DashboardRequests.Tile tile,
            RelativePeriod.Range range) {
        Slice slice = new Slice(tile.supplierId(), tile.category(), tile.costCentre(), tile.currency());
        Period period = new Period(range.from(), range.to(), Interval.QUARTER);
        TileKpis.Answers computed =
                answers.computeIfAbsent(range + "|" + slice, k -> new LazyAnswers(analytics, quality, period, slice));
        return new TileValue(range.from(), range.to(), kpi.value().apply(computed));
    }

    /** Each endpoint's answer computed on first use, then kept for the other tiles of the same period and filters. */
    private static final class LazyAnswers implements TileKpis.Answers {
        private final AnalyticsService analytics;
        private final QualityFigures quality;
        private final Period period;
        private final Slice slice;
        private final Map<TileKpis.Source, Object> kept = new HashMap<>();

        LazyAnswers(AnalyticsService analytics, QualityFigures quality, Period period, Slice slice) {
            this.analytics = analytics;
            this.quality = quality;
            this.period = period;
            this.slice = slice;
        }

        @SuppressWarnings("unchecked")
        private <T> T once(TileKpis.Source source, Supplier<T> compute) {
            return (T) kept.computeIfAbsent(source, s -> compute.get());
        }

        @Override
        public SupplierAnalytics suppliers() {
            return once(TileKpis.Source.SUPPLIERS, () -> analytics.suppliers(period, slice, 5));
        }

        @Override
        public SavingsAnalytics savings() {
            return once(
                    TileKpis.Source.SAVINGS, () -> analytics.savings(period, slice, SavingsReport.Baseline.HIGHEST));
        }

        @Override
        public ApprovalAnalytics approvals() {
            return once(TileKpis.Source.APPROVALS, () -> analytics.approvals(period, null));
        }

        @Override
        public ExtractionAnalytics extraction() {
            return once(TileKpis.Source.EXTRACTION, () -> analytics.extraction(period));
        }

        @Override
        public ConversionAnalytics conversion() {
            return once(TileKpis.Source.CONVERSION, () -> analytics.conversion(period, null));
        }

        @Override
        public QualityFigures.Figures quality() {
            return once(TileKpis.Source.QUALITY, () -> quality.of(period));
        }
    }

    /**
     * Every tile names a tile KPI, and filters only the endpoints that take them, or a report and one
     * of its number columns (checked by {@code reports}; null: report tiles are not checked); all
     * errors at once.
     */
    static void validate(DashboardRequests.Define request, ReportService reports) {
        List<FieldError> errors = new ArrayList<>();
        for (int i = 0; i < request.tiles().size(); i++) {
            DashboardRequests.Tile tile = request.tiles().get(i);
            String at = "tiles[" + i + "].";
            if (tile.reportId() != null || tile.column() != null) {
                if (tile.kpi() != null) {
                    errors.add(new FieldError(at + "kpi", "a tile shows a KPI or a report's column, not both"));
                } else if (tile.reportId() == null) {
                    errors.add(new FieldError(at + "report_id", "is needed with column"));
                } else if (reports != null) {
                    errors.addAll(reports.tileErrors(tile.reportId(), tile.column(), at));
                }
                for (Object filter :
                        new Object[] {tile.supplierId(), tile.category(), tile.costCentre(), tile.currency()}) {
                    if (filter != null) {
                        errors.add(new FieldError(
                                at + "report_id", "a report tile takes no filters: the report has its own"));
                        break;
                    }
                }
                continue;
            }
            if (tile.kpi() == null) {
                errors.add(new FieldError(at + "kpi", "needs a tile KPI, or report_id and column"));
                continue;
            }
            TileKpis.Kpi kpi = TileKpis.ALL.get(tile.kpi());
            if (kpi == null) {
                errors.add(new FieldError(at + "kpi", "is not a tile KPI; use one of " + TileKpis.ALL.keySet()));
                continue;
            }
            boolean filters = kpi.source() == TileKpis.Source.SUPPLIERS || kpi.source() == TileKpis.Source.SAVINGS;
            Map<String, Object> given = new LinkedHashMap<>();
            given.put("supplier_id", tile.supplierId());
            given.put("category", tile.category());
            given.put("cost_centre", tile.costCentre());
            given.put("currency", tile.currency());
            given.forEach((name, value) -> {
                if (value != null && !filters) {
                    errors.add(new FieldError(at + name, kpi.key() + " takes no filters"));
                }
            });
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
    }

    private static boolean isBuiltIn(UUID id) {
        return PROCUREMENT.equals(id) || QUALITY.equals(id);
    }

    private static void refuseBuiltIn(UUID id) {
        if (isBuiltIn(id)) {
            throw new Failure.Conflict(
                    ProblemType.DASHBOARD_BUILT_IN,
                    "The " + builtIn(id).name() + " dashboard is built in; create a dashboard of your own with the"
                            + " tiles you want");
        }
    }

    private static void requireFreeName(TenantTx tx, String name, UUID self) {
        boolean taken = tx.em()
                        .createQuery(
                                "SELECT COUNT(d) FROM Dashboard d WHERE LOWER(d.name) = :name AND d.id <> :self",
                                Long.class)
                        .setParameter("name", name.toLowerCase(Locale.ROOT))
                        .setParameter("self", self == null ? PROCUREMENT : self)
                        .getSingleResult()
                > 0;
        if (taken
                || PROCUREMENT_TILES.name().equalsIgnoreCase(name)
                || QUALITY_TILES.name().equalsIgnoreCase(name)) {
            throw new Failure.Conflict(ProblemType.DASHBOARD_NAME_TAKEN, "A dashboard named " + name + " exists");
        }
    }

    private static Dashboard existing(TenantTx tx, UUID id) {
        Dashboard dashboard = tx.em().find(Dashboard.class, id);
        if (dashboard == null) {
            throw new Failure.NotFound("No dashboard " + id + " in this tenant");
        }
        return dashboard;
    }

    private void publish(TenantTx tx, UUID actor, String event, Dashboard dashboard) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("dashboard_id", dashboard.id());
        data.put("name", dashboard.name());
        data.put("tiles", dashboard.tiles().size());
        outbox.publish(tx, event, dashboard.id().toString(), actor, data);
    }

    private static DashboardView builtIn(UUID id) {
        DashboardRequests.Define tiles = PROCUREMENT.equals(id) ? PROCUREMENT_TILES : QUALITY_TILES;
        return new DashboardView(id, tiles.name(), tiles.description(), true, tiles.tiles(), null, null, null);
    }

    private static DashboardView view(Dashboard d) {
        return new DashboardView(
                d.id(), d.name(), d.description(), false, d.tiles(), d.createdBy(), d.createdAt(), d.updatedAt());
    }
}
