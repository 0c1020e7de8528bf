package dev.procura.quality.spc;

import java.util.List;

/** Cp, Cpk (within-subgroup sigma) and Pp, Ppk (overall sigma) of a characteristic against its spec limits. */
final class ProcessCapability {

    static final double CAPABLE = 1.33;
    static final double MARGINAL = 1.00;

    private ProcessCapability() {}

    /** Overall sigma is the sample standard deviation of every individual value; the mean is their grand mean. */
    static Capability of(List<Double> allValues, double withinSigma, Double lsl, Double usl) {
        if ((lsl != null && !Double.isFinite(lsl)) || (usl != null && !Double.isFinite(usl))) {
            throw new IllegalArgumentException(
                    "spec limits must be finite numbers, got lsl " + lsl + " and usl " + usl);
        }
        if (lsl != null && usl != null && !(lsl < usl)) {
            throw new IllegalArgumentException("lsl must be below usl, got lsl " + lsl + " and usl " + usl);
        }
        double mean = SampleStatistics.mean(allValues);
        double overallSigma = SampleStatistics.standardDeviation(allValues);
        Double cpk = oneOrTwoSided(mean, withinSigma, lsl, usl);
        return new Capability(
                lsl,
                usl,
                twoSided(withinSigma, lsl, usl),
                cpk,
                twoSided(overallSigma, lsl, usl),
                oneOrTwoSided(mean, overallSigma, lsl, usl),
                withinSigma,
                overallSigma,
                rating(cpk));
    }

    private static Double twoSided(double sigma, Double lsl, Double usl) {
        if (lsl == null || usl == null || !(sigma > 0)) {
            return null;
        }
        return (usl - lsl) / (6 * sigma);
    }

    private static Double oneOrTwoSided(double mean, double sigma, Double lsl, Double usl) {
        if ((lsl == null && usl == null) || !(sigma > 0)) {
            return null;
        }
        double upper = (usl == null) ? Double.POSITIVE_INFINITY : (usl - mean) / (3 * sigma);
        double lower = (lsl == null) ? Double.POSITIVE_INFINITY : (mean - lsl) / (3 * sigma);
        return Math.min(upper, lower);
    }

    private static String rating(Double cpk) {
        if (cpk == null) {
            return null;
        }
        if (cpk >= CAPABLE) {
            return "capable";
        }
        return (cpk >= MARGINAL) ? "marginal" : "not_capable";
    }
}
