package dev.procura.costing;

import dev.procura.costing.CostingViews.VarianceView;
import dev.procura.costing.CostingViews.VariancesView;
import dev.procura.platform.buying.GoodsReceipts;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.masters.ItemCosts;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Standard against actual cost per item over a period: every receipt received in it, each line at
 * its landed cost (with the receipt's charges), against the item's standard cost of the same
 * quantity. Quantities and unit costs are per the item's base unit.
 */
@ApplicationScoped
public class CostVariances {

    /** Receipts one report may cover; a longer period is refused rather than scanned. */
    static final int MAX_RECEIPTS = 5_000;

    @Inject
    TenantTransactions tenantData;

    @Inject
    GoodsReceipts receipts;

    @Inject
    ItemCosts items;

    @Inject
    CostingService costing;

    @Inject
    CostingRepository repository;

    @Inject
    StandardCosts standards;

    @Inject
    CostingMoney money;

    private static final class Sum {
        int receipts;
        BigDecimal quantity = BigDecimal.ZERO;
        BigDecimal actual = BigDecimal.ZERO;
        BigDecimal standard = BigDecimal.ZERO;
        boolean standardKnown = true;
        final Set<Object> seen = new HashSet<>();
    }

    public VariancesView report(LocalDate from, LocalDate to, String itemCode) {
        if (to.isBefore(from)) {
            throw new Failure.InvalidInput("to", "must be on or after from");
        }
        return tenantData.call(tx -> {
            List<GoodsReceipts.Received> received = receipts.receivedBetween(tx, from, to, itemCode);
            if (received.size() > MAX_RECEIPTS) {
                throw new Failure.InvalidInput(
                        "from", "the period holds more than " + MAX_RECEIPTS + " receipts; ask for a shorter one");
            }
            Map<String, Sum> sums = new TreeMap<>();
            Set<String> codes = new HashSet<>();
            received.forEach(r -> r.lines().forEach(l -> codes.add(l.itemCode())));
            codes.remove(null);
            Map<String, ItemCosts.ItemCost> known = items.of(tx, codes);
            for (GoodsReceipts.Received receipt : received) {
                for (LandedCost.Line line :
                        costing.landed(tx, receipt, repository.charges(tx.em(), receipt.receiptId()))) {
                    ItemCosts.ItemCost item = known.get(line.goods().itemCode());
                    if (item == null || (itemCode != null && !itemCode.equals(item.itemCode()))) {
                        continue;
                    }
                    BigDecimal base = standards.inBaseUnit(
                            tx, item, line.goods().quantity(), line.goods().unit());
                    if (base == null) {
                        continue;
                    }
                    Sum sum = sums.computeIfAbsent(item.itemCode(), c -> new Sum());
                    if (sum.seen.add(receipt.receiptId())) {
                        sum.receipts++;
                    }
                    sum.quantity = sum.quantity.add(base);
                    sum.actual = sum.actual.add(line.tenantLanded());
                    BigDecimal standard = standards.of(tx, line.goods(), receipt.receivedOn());
                    if (standard == null) {
                        sum.standardKnown = false;
                    } else {
                        sum.standard = sum.standard.add(standard);
                    }
                }
            }
            List<VarianceView> views = new ArrayList<>();
            sums.forEach((code, sum) -> views.add(view(known.get(code), sum)));
            return new VariancesView(from, to, money.tenantCurrency(tx), views);
        });
    }

    private static VarianceView view(ItemCosts.ItemCost item, Sum sum) {
        BigDecimal unitCost = sum.quantity.signum() == 0
                ? null
                : sum.actual.divide(sum.quantity, LandedCost.UNIT_COST_SCALE, RoundingMode.HALF_UP);
        BigDecimal standardUnit = !sum.standardKnown || sum.quantity.signum() == 0
                ? null
                : sum.standard.divide(sum.quantity, LandedCost.UNIT_COST_SCALE, RoundingMode.HALF_UP);
        BigDecimal standard = sum.standardKnown ? sum.standard : null;
        BigDecimal variance = standard == null ? null : sum.actual.subtract(standard);
        BigDecimal percent = variance == null || standard.signum() == 0
                ? null
                : variance.multiply(BigDecimal.valueOf(100)).divide(standard, 2, RoundingMode.HALF_UP);
        return new VarianceView(
                item.itemCode(),
                item.baseUnit(),
                sum.receipts,
                sum.quantity,
                sum.actual,
                unitCost,
                standardUnit,
                standard,
                variance,
                percent);
    }
}
