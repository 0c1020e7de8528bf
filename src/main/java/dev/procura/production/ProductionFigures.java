package dev.procura.production;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.PlantScope;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.production.ProductionViews.FpyReport;
import dev.procura.production.ProductionViews.FpyRow;
import dev.procura.production.ProductionViews.ItemYield;
import dev.procura.production.ProductionViews.OeeReport;
import dev.procura.production.ProductionViews.OeeView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;

/**
 * OEE per work centre and first-pass yield per item and operation over a period of business
 * days, summed in SQL from the confirmations and downtime of the work orders the caller may read.
 */
@ApplicationScoped
public class ProductionFigures {

    static final int MAX_DAYS = 3660;

    @Inject
    TenantTransactions tenantData;

    @Inject
    WorkOrderRepository orders;

    @Inject
    WorkOrderPlants plants;

    /** Query filters: the period (default: the last 30 days to today) and optional narrowing. */
    public record Scope(LocalDate from, LocalDate to, UUID plantId) {}

    public OeeReport oee(Scope scope, String workCentre) {
        return tenantData.call(tx -> {
            LocalDate to = scope.to() == null ? tx.today() : scope.to();
            LocalDate from = scope.from() == null ? to.minusDays(29) : scope.from();
            requirePeriod(from, to);
            PlantScope visible = plants.readable();
            if (visible.isEmpty()) {
                return new OeeReport(from, to, List.of());
            }
            Map<String, WorkOrderRepository.Tally> tallies = new TreeMap<>();
            for (WorkOrderRepository.Tally t :
                    orders.byWorkCentre(tx.em(), from, to, workCentre, scope.plantId(), visible)) {
                tallies.put(t.key(), t);
            }
            Map<String, Map<String, BigDecimal>> stood = new TreeMap<>();
            for (WorkOrderRepository.Stood s :
                    orders.downtime(tx.em(), from, to, workCentre, scope.plantId(), visible)) {
                stood.computeIfAbsent(s.workCentre(), k -> new LinkedHashMap<>())
                        .put(s.reason(), s.minutes());
            }
            TreeSet<String> centres = new TreeSet<>(tallies.keySet());
            centres.addAll(stood.keySet());
            List<OeeView> views = new ArrayList<>();
            for (String centre : centres) {
                views.add(view(centre, from, to, tallies.get(centre), stood.getOrDefault(centre, Map.of())));
            }
            return new OeeReport(from, to, views);
        });
    }

    public FpyReport fpy(Scope scope, String itemCode, String operation) {
        return tenantData.call(tx -> {
            LocalDate to = scope.to() == null ? tx.today() : scope.to();
            LocalDate from = scope.from() == null ? to.minusDays(29) : scope.from();
            requirePeriod(from, to);
            PlantScope visible = plants.readable();
            if (visible.isEmpty()) {
                return new FpyReport(from, to, List.of(), List.of());
            }
            List<FpyRow> rows = new ArrayList<>();
            Map<String, List<BigDecimal[]>> byItem = new TreeMap<>();
            for (WorkOrderRepository.Tally t :
                    orders.byItemOperation(tx.em(), from, to, itemCode, operation, scope.plantId(), visible)) {
                rows.add(new FpyRow(
                        t.key(),
                        t.operationCode(),
                        t.unitsIn(),
                        t.passedFirstTime(),
                        t.reworked(),
                        t.scrapped(),
                        Oee.firstPassYield(t.passedFirstTime(), t.unitsIn())));
                byItem.computeIfAbsent(t.key(), k -> new ArrayList<>())
                        .add(new BigDecimal[] {t.passedFirstTime(), t.unitsIn()});
            }
            List<ItemYield> items = new ArrayList<>();
            byItem.forEach((item, pairs) -> items.add(new ItemYield(item, Oee.rolledThroughput(pairs))));
            return new FpyReport(from, to, rows, items);
        });
    }

    private static OeeView view(
            String centre,
            LocalDate from,
            LocalDate to,
            WorkOrderRepository.Tally tally,
            Map<String, BigDecimal> stood) {
        BigDecimal downtime = stood.values().stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        Oee oee = tally == null
                ? Oee.of(BigDecimal.ZERO, downtime, BigDecimal.ZERO, BigDecimal.ZERO, BigDecimal.ZERO)
                : Oee.of(
                        tally.runMinutes(),
                        downtime,
                        tally.idealMinutes(),
                        tally.unitsIn(),
                        tally.passedFirstTime().add(tally.reworked()));
        return new OeeView(
                centre,
                from,
                to,
                oee.plannedMinutes(),
                oee.runMinutes(),
                oee.downtimeMinutes(),
                oee.idealMinutes(),
                oee.unitsIn(),
                oee.goodUnits(),
                oee.availability(),
                oee.performance(),
                oee.quality(),
                oee.oee(),
                stood);
    }

    private static void requirePeriod(LocalDate from, LocalDate to) {
        if (from.isAfter(to)) {
            throw new Failure.InvalidInput("from", "must not be after to");
        }
        if (ChronoUnit.DAYS.between(from, to) >= MAX_DAYS) {
            throw new Failure.InvalidInput("to", "the period may span at most " + MAX_DAYS + " days");
        }
    }
}
