package dev.procura.production;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * Overall equipment effectiveness of a work centre over a period, from what was reported:
 * availability = run / (run + downtime), performance = ideal minutes (cycle time × units in) /
 * run, quality = good units / units in, OEE = their product. Planned production time is run
 * plus reported downtime: shifts are not modelled, so time nobody planned to run is not a loss.
 * A figure without its denominator is null, and so is OEE then. Ratios keep 4 decimals;
 * performance is not capped at 1, since above 1 says the planned cycle time is too slow.
 */
public record Oee(
        BigDecimal plannedMinutes,
        BigDecimal runMinutes,
        BigDecimal downtimeMinutes,
        BigDecimal idealMinutes,
        BigDecimal unitsIn,
        BigDecimal goodUnits,
        BigDecimal availability,
        BigDecimal performance,
        BigDecimal quality,
        BigDecimal oee) {

    private static final int SCALE = 4;

    public static Oee of(
            BigDecimal runMinutes,
            BigDecimal downtimeMinutes,
            BigDecimal idealMinutes,
            BigDecimal unitsIn,
            BigDecimal goodUnits) {
        BigDecimal planned = runMinutes.add(downtimeMinutes);
        BigDecimal availability = ratio(runMinutes, planned);
        BigDecimal performance = ratio(idealMinutes, runMinutes);
        BigDecimal quality = ratio(goodUnits, unitsIn);
        BigDecimal oee = availability == null || performance == null || quality == null
                ? null
                : ratio(
                        runMinutes.multiply(idealMinutes).multiply(goodUnits),
                        planned.multiply(runMinutes).multiply(unitsIn));
        return new Oee(
                planned,
                runMinutes,
                downtimeMinutes,
                idealMinutes,
                unitsIn,
                goodUnits,
                availability,
                performance,
                quality,
                oee);
    }

    /** The ideal minutes {@code units} take at {@code cycleSeconds} each. */
    static BigDecimal idealMinutes(BigDecimal cycleSeconds, BigDecimal units) {
        return cycleSeconds.multiply(units).divide(BigDecimal.valueOf(60), 3, RoundingMode.HALF_UP);
    }

    /** First-pass yield: units passing without rework over units entering; null when none entered. */
    static BigDecimal firstPassYield(BigDecimal passedFirstTime, BigDecimal unitsIn) {
        return ratio(passedFirstTime, unitsIn);
    }

    /** Rolled throughput yield: the product of the operations' first-pass yields, exact until rounded. */
    static BigDecimal rolledThroughput(Iterable<BigDecimal[]> passedAndIn) {
        BigDecimal product = BigDecimal.ONE;
        for (BigDecimal[] pair : passedAndIn) {
            if (pair[1].signum() == 0) {
                return null;
            }
            product = product.multiply(pair[0]).divide(pair[1], MathContext.DECIMAL128);
        }
        return product.setScale(SCALE, RoundingMode.HALF_UP);
    }

    private static BigDecimal ratio(BigDecimal part, BigDecimal whole) {
        return whole.signum() == 0 ? null : part.divide(whole, SCALE, RoundingMode.HALF_UP);
    }
}
