package dev.procura.quality.spc;

import java.util.ArrayList;
import java.util.List;

/** p charts (fraction defective) and c charts (defects per inspection unit) from attribute counts. */
final class AttributeCharts {

    private AttributeCharts() {}

    /**
     * p̄ = total defectives / total inspected. The run rules judge each point by its own sigma, z = (p_i - p̄) / σ_i with
     * σ_i = √(p̄(1-p̄)/n_i) (with constant n this is the series sigma). With varying sample sizes each point also carries
     * its own limits, and the series limits use the average sample size.
     */
    static Chart p(List<Count> counts) {
        requireAtLeastTwo(counts);
        long defectives = 0;
        long inspected = 0;
        for (Count count : counts) {
            if (count.count() > count.inspected()) {
                throw new IllegalArgumentException("a p chart counts defective units, so count " + count.count()
                        + " cannot exceed inspected " + count.inspected());
            }
            defectives += count.count();
            inspected += count.inspected();
        }
        double pBar = (double) defectives / inspected;
        boolean isVarying =
                counts.stream().mapToLong(Count::inspected).distinct().count() > 1;
        List<Point> points = new ArrayList<>();
        double[] z = new double[counts.size()];
        for (int i = 0; i < counts.size(); i++) {
            Count count = counts.get(i);
            double p = (double) count.count() / count.inspected();
            double sigma = Math.sqrt(pBar * (1 - pBar) / count.inspected());
            z[i] = (p - pBar) / sigma;
            points.add(
                    isVarying
                            ? new Point(i, count.at(), p, Math.max(0, pBar - (3 * sigma)), pBar + (3 * sigma))
                            : Point.of(i, count.at(), p));
        }
        double averageSigma = Math.sqrt(pBar * (1 - pBar) / ((double) inspected / counts.size()));
        Limits limits = new Limits(pBar, Math.max(0, pBar - (3 * averageSigma)), pBar + (3 * averageSigma));
        // With p̄ at 0 or 1 every σ_i is 0: no zones, so no rule can be judged.
        List<Violation> violations = (pBar > 0 && pBar < 1) ? RunRules.checkStandardized(z) : List.of();
        Series series = new Series("p", limits, points, violations);
        return new Chart(ChartType.P, List.of(series), null);
    }

    /** c̄ ± 3√c̄ with the lower limit clamped at 0; every count must cover the same number of inspected units. */
    static Chart c(List<Count> counts) {
        requireAtLeastTwo(counts);
        long units = counts.get(0).inspected();
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Count count = counts.get(i);
            if (count.inspected() != units) {
                throw new IllegalArgumentException("a c chart needs the same inspected units at every point (a u chart"
                        + " handles varying units); point 0 has " + units + ", point " + i + " has "
                        + count.inspected());
            }
            points.add(Point.of(i, count.at(), count.count()));
        }
        double cBar = SampleStatistics.mean(points.stream().map(Point::value).toList());
        double spread = 3 * Math.sqrt(cBar);
        Limits limits = new Limits(cBar, Math.max(0, cBar - spread), cBar + spread);
        return new Chart(ChartType.C, List.of(Series.judged("c", limits, points)), null);
    }

    private static void requireAtLeastTwo(List<Count> counts) {
        if (counts == null || counts.size() < 2) {
            throw new IllegalArgumentException(
                    "at least 2 counts are needed, got " + ((counts == null) ? 0 : counts.size()));
        }
        for (int i = 0; i < counts.size(); i++) {
            if (counts.get(i) == null) {
                throw new IllegalArgumentException("count " + i + " is missing");
            }
        }
    }
}
