package dev.procura.engineering;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * A BOM exploded for a quantity of the project and costed: each line's total quantity is its
 * quantity per parent times its parent's total (the project quantity at the top); a bought line
 * (or a made one without child lines) costs its total in the item's base unit times the item's
 * standard cost, a made line the sum of its child lines. A line whose cost cannot be known (no
 * standard cost, another currency, no conversion to the base unit) is flagged, and every line
 * above it is marked incomplete: their cost is that of the parts that are known.
 */
final class BomExplosion {

    static final int COST_SCALE = 4;

    /** A BOM line as the explosion reads it. */
    record Line(
            UUID id,
            UUID parentId,
            int position,
            String itemCode,
            BigDecimal quantity,
            String unit,
            BomSource source) {}

    /** What costing knows of an item: its base unit and standard cost per base unit (null: none). */
    record Cost(String baseUnit, BigDecimal standardCost, String currency) {}

    /** The item master as the explosion asks it. */
    interface Pricing {

        Optional<Cost> cost(String itemCode);

        /** {@code quantity} of {@code unit} in the item's base unit; null when no conversion leads there. */
        BigDecimal toBaseUnit(String itemCode, BigDecimal quantity, String unit, String baseUnit);
    }

    /** A line exploded: its level (1 at the top), path of positions, total quantity and cost. */
    record Exploded(
            Line line,
            int level,
            String path,
            BigDecimal totalQuantity,
            BigDecimal baseQuantity,
            String baseUnit,
            BigDecimal standardCost,
            BigDecimal cost,
            boolean isCostMissing,
            boolean isCostComplete) {}

    /** The lines of one level: how many, their cost, and whether every one of them is fully costed. */
    record Level(int level, int lines, BigDecimal cost, boolean isComplete) {}

    record Result(
            BigDecimal quantity,
            List<Exploded> lines,
            List<Level> levels,
            BigDecimal totalCost,
            String currency,
            boolean isComplete) {}

    /** A bought item's total need, over every buy line of it, in its base unit. */
    record Need(String itemCode, BigDecimal quantity, String unit, List<UUID> lineIds) {}

    private final Map<UUID, List<Line>> children;
    private final Pricing pricing;
    private final List<Exploded> exploded = new ArrayList<>();
    private String currency;

    private BomExplosion(List<Line> lines, Pricing pricing) {
        this.children = lines.stream()
                .collect(Collectors.groupingBy(
                        l -> Objects.requireNonNullElse(l.parentId(), ROOT), LinkedHashMap::new, Collectors.toList()));
        this.children.values().forEach(siblings -> siblings.sort(Comparator.comparingInt(Line::position)));
        this.pricing = pricing;
    }

    private static final UUID ROOT = new UUID(0, 0);

    static Result explode(List<Line> lines, BigDecimal quantity, Pricing pricing) {
        BomExplosion explosion = new BomExplosion(lines, pricing);
        BigDecimal total = BigDecimal.ZERO;
        boolean complete = true;
        for (Line top : explosion.children.getOrDefault(ROOT, List.of())) {
            Exploded line = explosion.explode(top, quantity, 1, "");
            total = total.add(Objects.requireNonNullElse(line.cost(), BigDecimal.ZERO));
            complete &= line.isCostComplete();
        }
        return new Result(
                quantity,
                List.copyOf(explosion.exploded),
                levels(explosion.exploded),
                total,
                explosion.currency,
                complete);
    }

    /** The bought items' needs, aggregated per item over the explosion's buy lines. */
    static List<Need> buyNeeds(Result result) {
        Map<String, Need> needs = new TreeMap<>();
        for (Exploded line : result.lines()) {
            if (line.line().source() != BomSource.BUY) {
                continue;
            }
            BigDecimal quantity = line.baseQuantity() != null ? line.baseQuantity() : line.totalQuantity();
            String unit =
                    line.baseQuantity() != null ? line.baseUnit() : line.line().unit();
            needs.merge(
                    line.line().itemCode() + "\u0000" + unit,
                    new Need(
                            line.line().itemCode(),
                            quantity,
                            unit,
                            List.of(line.line().id())),
                    (a, b) -> new Need(
                            a.itemCode(), a.quantity().add(b.quantity()), a.unit(), concat(a.lineIds(), b.lineIds())));
        }
        return List.copyOf(needs.values());
    }

    private Exploded explode(Line line, BigDecimal parentTotal, int level, String parentPath) {
        String path = parentPath.isEmpty() ? String.valueOf(line.position()) : parentPath + "." + line.position();
        BigDecimal total = parentTotal.multiply(line.quantity()).stripTrailingZeros();
        int at = exploded.size();
        exploded.add(null);
        Optional<Cost> item = pricing.cost(line.itemCode());
        BigDecimal baseQuantity = item.map(c -> pricing.toBaseUnit(line.itemCode(), total, line.unit(), c.baseUnit()))
                .orElse(null);
        String baseUnit = item.map(Cost::baseUnit).orElse(null);
        BigDecimal standardCost = item.map(Cost::standardCost).orElse(null);
        List<Line> parts = children.getOrDefault(line.id(), List.of());
        Exploded result;
        if (!parts.isEmpty()) {
            BigDecimal cost = BigDecimal.ZERO;
            boolean complete = true;
            for (Line part : parts) {
                Exploded child = explode(part, total, level + 1, path);
                cost = cost.add(Objects.requireNonNullElse(child.cost(), BigDecimal.ZERO));
                complete &= child.isCostComplete();
            }
            result =
                    new Exploded(line, level, path, total, baseQuantity, baseUnit, standardCost, cost, false, complete);
        } else {
            BigDecimal cost = costOf(item, baseQuantity);
            result = new Exploded(
                    line, level, path, total, baseQuantity, baseUnit, standardCost, cost, cost == null, cost != null);
        }
        exploded.set(at, result);
        return result;
    }

    private BigDecimal costOf(Optional<Cost> item, BigDecimal baseQuantity) {
        if (item.isEmpty() || item.get().standardCost() == null || baseQuantity == null) {
            return null;
        }
        String itemCurrency = item.get().currency();
        if (currency == null) {
            currency = itemCurrency;
        } else if (itemCurrency != null && !currency.equals(itemCurrency)) {
            return null;
        }
        return baseQuantity.multiply(item.get().standardCost()).setScale(COST_SCALE, RoundingMode.HALF_UP);
    }

    private static List<Level> levels(List<Exploded> lines) {
        Map<Integer, List<Exploded>> byLevel =
                lines.stream().collect(Collectors.groupingBy(Exploded::level, TreeMap::new, Collectors.toList()));
        return byLevel.entrySet().stream()
                .map(e -> new Level(
                        e.getKey(),
                        e.getValue().size(),
                        e.getValue().stream()
                                .map(l -> Objects.requireNonNullElse(l.cost(), BigDecimal.ZERO))
                                .reduce(BigDecimal.ZERO, BigDecimal::add),
                        e.getValue().stream().allMatch(Exploded::isCostComplete)))
                .toList();
    }

    private static List<UUID> concat(List<UUID> a, List<UUID> b) {
        List<UUID> all = new ArrayList<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
