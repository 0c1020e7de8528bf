package dev.procura.quality.spc;

import java.util.List;

/** Mean, range and sample standard deviation of a list of measurements. */
final class SampleStatistics {

    private SampleStatistics() {}

    static double mean(List<Double> values) {
        double sum = 0;
        for (double value : values) {
            sum += value;
        }
        return sum / values.size();
    }

    static double range(List<Double> values) {
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (double value : values) {
            min = Math.min(min, value);
            max = Math.max(max, value);
        }
        return max - min;
    }

    /** Sample standard deviation (n - 1 in the denominator), two-pass for accuracy on values far from zero. */
    static double standardDeviation(List<Double> values) {
        double mean = mean(values);
        double squares = 0;
        for (double value : values) {
            squares += (value - mean) * (value - mean);
        }
        return Math.sqrt(squares / (values.size() - 1));
    }
}
