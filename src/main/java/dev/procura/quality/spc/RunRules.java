package dev.procura.quality.spc;

import java.util.ArrayList;
import java.util.List;

/**
 * Western Electric rules 1-4 and Nelson rules 1-8 over a series of values with centre line and sigma (zones from
 * (upper-centre)/3).
 *
 * <p>Each rule slides a window of its length over the series. A matching window is trimmed to the points that form the
 * pattern (for "2 of 3" and "4 of 5": from the first to the last point beyond the zone), and matches of the same rule
 * that share a point are merged into one violation listing every index of the merged stretch, so a long run is reported
 * once. "Beyond kσ" is strictly more than k sigma from the centre; "within 1σ" is at most 1 sigma, so a point exactly on
 * a zone line is never beyond it. A point exactly on the centre line is on neither side and breaks a same-side run.
 * Both families are always reported, so WE1/N1, WE2/N5 and WE3/N6 (the same tests) come in pairs.
 */
public final class RunRules {

    private RunRules() {}

    /** A series whose sigma is zero or not finite has no zones, so no rule can be judged and none is reported. */
    public static List<Violation> check(List<Double> values, double centre, double sigma) {
        if (values == null) {
            throw new IllegalArgumentException("values are required");
        }
        double[] z = new double[values.size()];
        for (int i = 0; i < z.length; i++) {
            Double value = values.get(i);
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("value " + i + " must be a finite number, got " + value);
            }
            z[i] = (value - centre) / sigma;
        }
        if (!(sigma > 0) || !Double.isFinite(sigma) || !Double.isFinite(centre)) {
            return List.of();
        }
        return checkStandardized(z);
    }

    /** Rules over z-scores (centre 0, sigma 1): how the p chart with varying sample sizes judges each point by its own σ. */
    static List<Violation> checkStandardized(double[] z) {
        List<Violation> violations = new ArrayList<>();
        for (Rule rule : RULES) {
            violations.addAll(rule.violations(z));
        }
        return violations;
    }

    /** Tests one window z[from, from + length) and answers the first and last index of the pattern, or null. */
    @FunctionalInterface
    private interface WindowTest {
        int[] match(double[] z, int from, int length);
    }

    private record Rule(String name, String description, int length, WindowTest test) {

        List<Violation> violations(double[] z) {
            List<Violation> found = new ArrayList<>();
            int start = -1;
            int end = -1;
            for (int from = 0; from + length <= z.length; from++) {
                int[] pattern = test.match(z, from, length);
                if (pattern == null) {
                    continue;
                }
                if (start >= 0 && pattern[0] <= end) {
                    end = Math.max(end, pattern[1]);
                } else {
                    addIfAny(found, start, end);
                    start = pattern[0];
                    end = pattern[1];
                }
            }
            addIfAny(found, start, end);
            return found;
        }

        private void addIfAny(List<Violation> found, int start, int end) {
            if (start < 0) {
                return;
            }
            List<Integer> points = new ArrayList<>();
            for (int i = start; i <= end; i++) {
                points.add(i);
            }
            found.add(new Violation(name, description, points));
        }
    }

    private static final String BEYOND_3 = "1 point more than 3 sigma from the centre line";
    private static final String TWO_OF_THREE = "2 of 3 consecutive points more than 2 sigma from the centre, same side";
    private static final String FOUR_OF_FIVE = "4 of 5 consecutive points more than 1 sigma from the centre, same side";

    private static final List<Rule> RULES = List.of(
            // WE1: one point beyond 3σ.
            new Rule("western_electric_1", BEYOND_3, 1, RunRules::beyondThree),
            // WE2: 2 of 3 consecutive points beyond 2σ on the same side.
            new Rule("western_electric_2", TWO_OF_THREE, 3, (z, from, n) -> someBeyond(z, from, n, 2, 2.0)),
            // WE3: 4 of 5 consecutive points beyond 1σ on the same side.
            new Rule("western_electric_3", FOUR_OF_FIVE, 5, (z, from, n) -> someBeyond(z, from, n, 4, 1.0)),
            // WE4: 8 consecutive points on the same side of the centre line.
            new Rule(
                    "western_electric_4",
                    "8 consecutive points on the same side of the centre line",
                    8,
                    RunRules::sameSide),
            // N1: one point beyond 3σ.
            new Rule("nelson_1", BEYOND_3, 1, RunRules::beyondThree),
            // N2: 9 points in a row on the same side of the centre line.
            new Rule("nelson_2", "9 points in a row on the same side of the centre line", 9, RunRules::sameSide),
            // N3: 6 points in a row steadily increasing or steadily decreasing (5 strict steps one way).
            new Rule("nelson_3", "6 points in a row steadily increasing or decreasing", 6, RunRules::trending),
            // N4: 14 points in a row alternating up and down (13 strict steps, each turning).
            new Rule("nelson_4", "14 points in a row alternating up and down", 14, RunRules::alternating),
            // N5: 2 of 3 points in a row beyond 2σ on the same side.
            new Rule("nelson_5", TWO_OF_THREE, 3, (z, from, n) -> someBeyond(z, from, n, 2, 2.0)),
            // N6: 4 of 5 points in a row beyond 1σ on the same side.
            new Rule("nelson_6", FOUR_OF_FIVE, 5, (z, from, n) -> someBeyond(z, from, n, 4, 1.0)),
            // N7: 15 points in a row within 1σ of the centre line, either side (stratification).
            new Rule("nelson_7", "15 points in a row within 1 sigma of the centre line", 15, RunRules::allWithinOne),
            // N8: 8 points in a row none within 1σ, on either or both sides (mixture).
            new Rule(
                    "nelson_8",
                    "8 points in a row none within 1 sigma of the centre line",
                    8,
                    RunRules::noneWithinOne));

    private static int[] whole(int from, int length) {
        return new int[] {from, from + length - 1};
    }

    private static int[] beyondThree(double[] z, int from, int length) {
        return Math.abs(z[from]) > 3 ? whole(from, length) : null;
    }

    private static int[] someBeyond(double[] z, int from, int length, int needed, double zone) {
        for (int side : new int[] {1, -1}) {
            int first = -1;
            int last = -1;
            int count = 0;
            for (int i = from; i < from + length; i++) {
                if (side * z[i] > zone) {
                    first = (first < 0) ? i : first;
                    last = i;
                    count++;
                }
            }
            if (count >= needed) {
                return new int[] {first, last};
            }
        }
        return null;
    }

    private static int[] sameSide(double[] z, int from, int length) {
        int above = 0;
        int below = 0;
        for (int i = from; i < from + length; i++) {
            above += (z[i] > 0) ? 1 : 0;
            below += (z[i] < 0) ? 1 : 0;
        }
        return (above == length || below == length) ? whole(from, length) : null;
    }

    private static int[] trending(double[] z, int from, int length) {
        boolean up = true;
        boolean down = true;
        for (int i = from + 1; i < from + length; i++) {
            up &= z[i] > z[i - 1];
            down &= z[i] < z[i - 1];
        }
        return (up || down) ? whole(from, length) : null;
    }

    private static int[] alternating(double[] z, int from, int length) {
        for (int i = from + 1; i < from + length; i++) {
            double step = z[i] - z[i - 1];
            if (step == 0 || (i > from + 1 && Math.signum(step) == Math.signum(z[i - 1] - z[i - 2]))) {
                return null;
            }
        }
        return whole(from, length);
    }

    private static int[] allWithinOne(double[] z, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (Math.abs(z[i]) > 1) {
                return null;
            }
        }
        return whole(from, length);
    }

    private static int[] noneWithinOne(double[] z, int from, int length) {
        for (int i = from; i < from + length; i++) {
            if (Math.abs(z[i]) <= 1) {
                return null;
            }
        }
        return whole(from, length);
    }
}
