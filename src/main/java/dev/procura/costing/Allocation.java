package dev.procura.costing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.IntStream;

/**
 * Splits an amount over lines in proportion to a basis (their value, quantity or weight), exactly:
 * every share is rounded down to the minor unit and the units left over go one each to the lines
 * with the largest remainders (the earlier line on a tie), so the shares always add up to the
 * amount to the last cent (the largest remainder method).
 */
final class Allocation {

    private Allocation() {}

    /**
     * The shares of {@code amount} (scale {@code decimals}) for {@code bases}, in their order.
     *
     * @throws IllegalArgumentException when a basis is negative or they add up to zero
     */
    static List<BigDecimal> split(BigDecimal amount, List<BigDecimal> bases, int decimals) {
        BigDecimal total = bases.stream().reduce(BigDecimal.ZERO, BigDecimal::add);
        if (bases.stream().anyMatch(b -> b.signum() < 0) || total.signum() == 0) {
            throw new IllegalArgumentException("bases must be zero or more and add up to more than zero");
        }
        BigDecimal rounded = amount.setScale(decimals, RoundingMode.HALF_UP);
        BigDecimal unit = BigDecimal.ONE.movePointLeft(decimals);
        List<BigDecimal> shares = new ArrayList<>();
        List<BigDecimal> remainders = new ArrayList<>();
        BigDecimal given = BigDecimal.ZERO;
        for (BigDecimal basis : bases) {
            // Exact: amount × basis / total, kept to 20 places beyond the minor unit for the remainder.
            BigDecimal exact = rounded.abs().multiply(basis).divide(total, decimals + 20, RoundingMode.DOWN);
            BigDecimal share = exact.setScale(decimals, RoundingMode.DOWN);
            shares.add(share);
            remainders.add(exact.subtract(share));
            given = given.add(share);
        }
        long left = rounded.abs().subtract(given).divide(unit).longValueExact();
        IntStream.range(0, bases.size())
                .boxed()
                .sorted(Comparator.comparing((Integer i) -> remainders.get(i)).reversed())
                .limit(left)
                .forEach(i -> shares.set(i, shares.get(i).add(unit)));
        return rounded.signum() < 0 ? shares.stream().map(BigDecimal::negate).toList() : List.copyOf(shares);
    }
}
