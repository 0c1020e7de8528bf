package dev.procura.costing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.ToIntFunction;

/**
 * The landed cost of received goods: each line's value (accepted quantity × the order's unit price)
 * plus its share of the receipt's charges (freight, duty, insurance, other), each charge split over
 * the lines by value, quantity or weight with {@link Allocation} in the charge's own currency, then
 * every amount converted into the tenant currency. Unit costs are per unit of the order line, to 6
 * decimals.
 */
final class LandedCost {

    static final int UNIT_COST_SCALE = 6;

    enum Basis {
        VALUE,
        QUANTITY,
        WEIGHT
    }

    /** A received line: quantity accepted, in the order line's unit and at its price and currency. */
    record Goods(
            int line,
            String itemCode,
            String description,
            BigDecimal quantity,
            String unit,
            BigDecimal unitPrice,
            String currency) {}

    /** A charge on the receipt; {@code weights} (by receipt line) only for the weight basis. */
    record Charge(
            UUID id,
            String type,
            String description,
            BigDecimal amount,
            String currency,
            Basis basis,
            Map<Integer, BigDecimal> weights) {}

    /** A line's share of one charge, in the charge's currency and the tenant's. */
    record Share(UUID chargeId, String type, String currency, BigDecimal amount, BigDecimal tenantAmount) {}

    /** A line with its value, its shares of the charges and what it cost landed, in the tenant currency. */
    record Line(
            Goods goods,
            BigDecimal value,
            BigDecimal tenantValue,
            List<Share> shares,
            BigDecimal tenantCharges,
            BigDecimal tenantLanded,
            BigDecimal unitCost) {}

    private LandedCost() {}

    /**
     * The landed lines, in the order of {@code goods}.
     *
     * @param decimals minor units of a currency
     * @throws IllegalArgumentException when a charge's basis adds up to zero over the lines (no value, no weights)
     */
    static List<Line> of(
            List<Goods> goods,
            List<Charge> charges,
            ToIntFunction<String> decimals,
            Conversion conversion,
            String tenantCurrency) {
        List<BigDecimal> values = goods.stream()
                .map(g -> g.quantity()
                        .multiply(g.unitPrice())
                        .setScale(decimals.applyAsInt(g.currency()), RoundingMode.HALF_UP))
                .toList();
        List<List<Share>> shares = new ArrayList<>();
        goods.forEach(g -> shares.add(new ArrayList<>()));
        for (Charge charge : charges) {
            List<BigDecimal> split = Allocation.split(
                    charge.amount(), bases(charge, goods, values), decimals.applyAsInt(charge.currency()));
            for (int i = 0; i < goods.size(); i++) {
                BigDecimal amount = split.get(i);
                shares.get(i)
                        .add(new Share(
                                charge.id(),
                                charge.type(),
                                charge.currency(),
                                amount,
                                conversion.convert(amount, charge.currency(), tenantCurrency)));
            }
        }
        List<Line> lines = new ArrayList<>();
        for (int i = 0; i < goods.size(); i++) {
            Goods g = goods.get(i);
            BigDecimal tenantValue = conversion.convert(values.get(i), g.currency(), tenantCurrency);
            BigDecimal tenantCharges =
                    shares.get(i).stream().map(Share::tenantAmount).reduce(BigDecimal.ZERO, BigDecimal::add);
            BigDecimal landed = tenantValue.add(tenantCharges);
            BigDecimal unitCost = g.quantity().signum() == 0
                    ? null
                    : landed.divide(g.quantity(), UNIT_COST_SCALE, RoundingMode.HALF_UP);
            lines.add(new Line(
                    g, values.get(i), tenantValue, List.copyOf(shares.get(i)), tenantCharges, landed, unitCost));
        }
        return lines;
    }

    private static List<BigDecimal> bases(Charge charge, List<Goods> goods, List<BigDecimal> values) {
        return switch (charge.basis()) {
            case VALUE -> values.stream().map(BigDecimal::abs).toList();
            case QUANTITY -> goods.stream().map(Goods::quantity).toList();
            case WEIGHT ->
                goods.stream()
                        .map(g -> charge.weights().getOrDefault(g.line(), BigDecimal.ZERO))
                        .toList();
        };
    }
}
