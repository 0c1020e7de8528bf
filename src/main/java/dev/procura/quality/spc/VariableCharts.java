package dev.procura.quality.spc;

import java.util.ArrayList;
import java.util.List;

/** X̄-R, X̄-S and individuals/moving-range charts, with capability, from measured samples. */
final class VariableCharts {

    // Moving ranges span 2 consecutive values, so the n = 2 constants apply.
    private static final int MOVING_RANGE_SPAN = 2;

    private VariableCharts() {}

    static Chart xbarR(List<Sample> subgroups, Double lsl, Double usl) {
        int n = constantSize(subgroups);
        List<Double> means =
                subgroups.stream().map(s -> SampleStatistics.mean(s.values())).toList();
        List<Double> ranges =
                subgroups.stream().map(s -> SampleStatistics.range(s.values())).toList();
        double grandMean = SampleStatistics.mean(means);
        double rBar = SampleStatistics.mean(ranges);
        double spread = ChartConstants.A2(n) * rBar;
        return new Chart(
                ChartType.XBAR_R,
                List.of(
                        Series.judged(
                                "xbar",
                                new Limits(grandMean, grandMean - spread, grandMean + spread),
                                points(subgroups, means)),
                        Series.plotted(
                                "r",
                                new Limits(rBar, ChartConstants.D3(n) * rBar, ChartConstants.D4(n) * rBar),
                                points(subgroups, ranges))),
                ProcessCapability.of(allValues(subgroups), rBar / ChartConstants.d2(n), lsl, usl));
    }

    static Chart xbarS(List<Sample> subgroups, Double lsl, Double usl) {
        int n = constantSize(subgroups);
        List<Double> means =
                subgroups.stream().map(s -> SampleStatistics.mean(s.values())).toList();
        List<Double> deviations = subgroups.stream()
                .map(s -> SampleStatistics.standardDeviation(s.values()))
                .toList();
        double grandMean = SampleStatistics.mean(means);
        double sBar = SampleStatistics.mean(deviations);
        double spread = ChartConstants.A3(n) * sBar;
        return new Chart(
                ChartType.XBAR_S,
                List.of(
                        Series.judged(
                                "xbar",
                                new Limits(grandMean, grandMean - spread, grandMean + spread),
                                points(subgroups, means)),
                        Series.plotted(
                                "s",
                                new Limits(sBar, ChartConstants.B3(n) * sBar, ChartConstants.B4(n) * sBar),
                                points(subgroups, deviations))),
                ProcessCapability.of(allValues(subgroups), sBar / ChartConstants.c4(n), lsl, usl));
    }

    static Chart individuals(List<Sample> samples, Double lsl, Double usl) {
        requireAtLeastTwo(samples);
        for (int i = 0; i < samples.size(); i++) {
            if (samples.get(i).values().size() != 1) {
                throw new IllegalArgumentException("an individuals chart takes one value per sample; sample " + i
                        + " has " + samples.get(i).values().size());
            }
        }
        List<Double> values = allValues(samples);
        List<Point> movingRanges = new ArrayList<>();
        for (int i = 1; i < values.size(); i++) {
            movingRanges.add(Point.of(i, samples.get(i).at(), Math.abs(values.get(i) - values.get(i - 1))));
        }
        double mean = SampleStatistics.mean(values);
        double mrBar =
                SampleStatistics.mean(movingRanges.stream().map(Point::value).toList());
        double d2 = ChartConstants.d2(MOVING_RANGE_SPAN);
        double spread = 3 / d2 * mrBar;
        return new Chart(
                ChartType.I_MR,
                List.of(
                        Series.judged(
                                "individuals", new Limits(mean, mean - spread, mean + spread), points(samples, values)),
                        Series.plotted(
                                "moving_range",
                                new Limits(mrBar, 0, ChartConstants.D4(MOVING_RANGE_SPAN) * mrBar),
                                movingRanges)),
                ProcessCapability.of(values, mrBar / d2, lsl, usl));
    }

    private static int constantSize(List<Sample> subgroups) {
        requireAtLeastTwo(subgroups);
        int n = subgroups.get(0).values().size();
        for (int i = 1; i < subgroups.size(); i++) {
            int size = subgroups.get(i).values().size();
            if (size != n) {
                throw new IllegalArgumentException("subgroups must all have the same size; subgroup 0 has " + n
                        + " values, subgroup " + i + " has " + size);
            }
        }
        if (n < ChartConstants.MIN_SIZE || n > ChartConstants.MAX_SIZE) {
            throw new IllegalArgumentException("subgroup size must be between " + ChartConstants.MIN_SIZE + " and "
                    + ChartConstants.MAX_SIZE + ", got " + n);
        }
        return n;
    }

    private static void requireAtLeastTwo(List<Sample> samples) {
        if (samples == null || samples.size() < 2) {
            throw new IllegalArgumentException(
                    "at least 2 samples are needed, got " + ((samples == null) ? 0 : samples.size()));
        }
        for (int i = 0; i < samples.size(); i++) {
            if (samples.get(i) == null) {
                throw new IllegalArgumentException("sample " + i + " is missing");
            }
        }
    }

    private static List<Point> points(List<Sample> samples, List<Double> values) {
        List<Point> points = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            points.add(Point.of(i, samples.get(i).at(), values.get(i)));
        }
        return points;
    }

    private static List<Double> allValues(List<Sample> samples) {
        return samples.stream().flatMap(s -> s.values().stream()).toList();
    }
}
