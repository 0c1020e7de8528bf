package dev.procura.quality.spc;

import java.util.List;

/** One chart of the pair: name is "xbar", "r", "s", "individuals", "moving_range", "p" or "c". */
public record Series(String name, Limits limits, List<Point> points, List<Violation> violations) {

    public Series {
        points = List.copyOf(points);
        violations = List.copyOf(violations);
    }

    /** A location chart (xbar, individuals, c, p with constant n): run rules zoned by the series' own sigma. */
    static Series judged(String name, Limits limits, List<Point> points) {
        List<Double> values = points.stream().map(Point::value).toList();
        return new Series(name, limits, points, RunRules.check(values, limits.centre(), limits.sigma()));
    }

    /** A dispersion chart (r, s, moving_range): plotted with limits, not judged by the run rules. */
    static Series plotted(String name, Limits limits, List<Point> points) {
        return new Series(name, limits, points, List.of());
    }
}
