package dev.procura.items;

import dev.procura.platform.masters.NotConvertible;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Converts quantities between units of measure with exact decimal arithmetic. Edges are the
 * tenant's global conversions (1 from = factor to; the inverse is implied) and, for one item, its
 * own conversions to its base unit (1 box = 12 ea). A path multiplies factors as an exact ratio;
 * the quantity is divided once, at the end, rounded half-up to the target unit's decimals.
 */
public final class UnitConverter {

    /** A unit as conversions see it. */
    public record UnitInfo(String code, String dimension, int decimals, boolean active) {}

    /** 1 {@code from} = {@code factor} {@code to}. */
    public record Conversion(String from, String to, BigDecimal factor) {}

    /** An item's base unit and its own conversions: 1 unit = factor base units. */
    public record ItemUnits(String itemCode, String baseUnit, Map<String, BigDecimal> toBase) {}

    /** numerator / denominator, both positive, kept apart so that 1/12 stays exact. */
    public record Ratio(BigDecimal numerator, BigDecimal denominator) {

        static final Ratio ONE = new Ratio(BigDecimal.ONE, BigDecimal.ONE);

        Ratio times(Ratio other) {
            return new Ratio(numerator.multiply(other.numerator), denominator.multiply(other.denominator));
        }

        Ratio inverse() {
            return new Ratio(denominator, numerator);
        }

        /** Whether both ratios are the same number. */
        public boolean sameAs(Ratio other) {
            return numerator.multiply(other.denominator).compareTo(other.numerator.multiply(denominator)) == 0;
        }

        /** The ratio as a decimal with at most {@code scale} fraction digits, trailing zeros stripped. */
        public BigDecimal decimal(int scale) {
            BigDecimal value = numerator.divide(denominator, scale, RoundingMode.HALF_UP);
            return value.signum() == 0 ? BigDecimal.ZERO : value.stripTrailingZeros();
        }
    }

    private record Edge(String to, Ratio ratio) {}

    private final Map<String, UnitInfo> units;
    private final Map<String, List<Edge>> global = new HashMap<>();

    public UnitConverter(Map<String, UnitInfo> units, List<Conversion> conversions) {
        this.units = Map.copyOf(units);
        for (Conversion c : conversions) {
            link(global, c.from(), c.to(), new Ratio(c.factor(), BigDecimal.ONE));
        }
    }

    /**
     * {@code quantity} in {@code from} expressed in {@code to}, rounded half-up to the decimals of
     * {@code to}. Equal units return the quantity as it is.
     *
     * @param item null: global conversions only
     * @throws NotConvertible when a unit is unknown or no path leads from one to the other
     */
    public BigDecimal convert(BigDecimal quantity, String from, String to, ItemUnits item) {
        if (from.equals(to)) {
            return quantity;
        }
        Ratio ratio = ratio(from, to, item);
        return quantity.multiply(ratio.numerator())
                .divide(ratio.denominator(), units.get(to).decimals(), RoundingMode.HALF_UP);
    }

    /** A price per {@code from} as a price per {@code to}, rounded half-up to {@code scale}. */
    public BigDecimal convertPrice(BigDecimal price, String from, String to, ItemUnits item, int scale) {
        if (from.equals(to)) {
            return price;
        }
        Ratio perTo = ratio(from, to, item).inverse();
        return price.multiply(perTo.numerator()).divide(perTo.denominator(), scale, RoundingMode.HALF_UP);
    }

    /** Whether the unit is one of the tenant's units of measure (lines may still name free-text units). */
    public boolean knows(String unit) {
        return units.containsKey(unit);
    }

    /** How many {@code to} one {@code from} is, exactly; throws when no path leads there. */
    public Ratio ratio(String from, String to, ItemUnits item) {
        String itemCode = item == null ? null : item.itemCode();
        for (String unit : List.of(from, to)) {
            if (!units.containsKey(unit)) {
                throw new NotConvertible(itemCode, from, to, unit + " is not a unit of measure of this tenant");
            }
        }
        Map<String, List<Edge>> graph = global;
        if (item != null && !item.toBase().isEmpty()) {
            graph = new HashMap<>();
            for (Map.Entry<String, List<Edge>> entry : global.entrySet()) {
                graph.put(entry.getKey(), new ArrayList<>(entry.getValue()));
            }
            Map<String, List<Edge>> withItem = graph;
            item.toBase()
                    .forEach(
                            (unit, factor) -> link(withItem, unit, item.baseUnit(), new Ratio(factor, BigDecimal.ONE)));
        }
        return path(graph, from, to)
                .orElseThrow(() -> new NotConvertible(
                        itemCode,
                        from,
                        to,
                        item == null
                                ? "no global conversion leads from one to the other"
                                : "neither the global conversions nor the item's own lead from one to the other"));
    }

    public Optional<UnitInfo> unit(String code) {
        return Optional.ofNullable(units.get(code));
    }

    /** The factor the global conversions imply between two units, if any path joins them. */
    public Optional<Ratio> globalRatio(String from, String to) {
        if (from.equals(to)) {
            return Optional.of(Ratio.ONE);
        }
        return path(global, from, to);
    }

    private static Optional<Ratio> path(Map<String, List<Edge>> graph, String from, String to) {
        Map<String, Ratio> reached = new HashMap<>();
        reached.put(from, Ratio.ONE);
        Deque<String> queue = new ArrayDeque<>(List.of(from));
        while (!queue.isEmpty()) {
            String unit = queue.poll();
            for (Edge edge : graph.getOrDefault(unit, List.of())) {
                if (!reached.containsKey(edge.to())) {
                    Ratio ratio = reached.get(unit).times(edge.ratio());
                    if (edge.to().equals(to)) {
                        return Optional.of(ratio);
                    }
                    reached.put(edge.to(), ratio);
                    queue.add(edge.to());
                }
            }
        }
        return Optional.empty();
    }

    private static void link(Map<String, List<Edge>> graph, String from, String to, Ratio ratio) {
        graph.computeIfAbsent(from, u -> new ArrayList<>()).add(new Edge(to, ratio));
        graph.computeIfAbsent(to, u -> new ArrayList<>()).add(new Edge(from, ratio.inverse()));
    }
}
