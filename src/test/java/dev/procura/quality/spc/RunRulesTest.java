package dev.procura.quality.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** Series are in sigma units around centre 0 (sigma 1), where 2.0 is exactly 2σ with no rounding. */
class RunRulesTest {

    private static final String WE1 = "western_electric_1";
    private static final String WE2 = "western_electric_2";
    private static final String WE3 = "western_electric_3";
    private static final String WE4 = "western_electric_4";
    private static final String N1 = "nelson_1";
    private static final String N2 = "nelson_2";
    private static final String N3 = "nelson_3";
    private static final String N4 = "nelson_4";
    private static final String N5 = "nelson_5";
    private static final String N6 = "nelson_6";
    private static final String N7 = "nelson_7";
    private static final String N8 = "nelson_8";

    @Test
    void onePointBeyondThreeSigmaBreaksWesternElectric1AndNelson1() {
        Map<String, List<List<Integer>>> broken = broken(0.5, -0.5, 3.5, -0.5, 0.5);

        assertEquals(Map.of(WE1, List.of(List.of(2)), N1, List.of(List.of(2))), broken);
        assertEquals(Map.of(WE1, List.of(List.of(1)), N1, List.of(List.of(1))), broken(0.5, -3.5, 0.5));
    }

    @Test
    void aPointExactlyOnThreeSigmaIsNotBeyond() {
        assertEquals(Map.of(), broken(0.5, -0.5, 3.0, -0.5, -3.0));
    }

    @Test
    void twoOfThreeBeyondTwoSigmaOnOneSideBreaksWesternElectric2AndNelson5() {
        Map<String, List<List<Integer>>> broken = broken(0.5, 2.5, -0.5, 2.5, 0.5);

        assertEquals(Map.of(WE2, List.of(List.of(1, 2, 3)), N5, List.of(List.of(1, 2, 3))), broken);
    }

    @Test
    void twoSigmaPatternsThatFallShortBreakNothing() {
        assertEquals(Map.of(), broken(0.5, 2.0, -0.5, 2.5, 0.5), "exactly 2σ is not beyond");
        assertEquals(Map.of(), broken(0.5, 2.5, -2.5, 0.5), "opposite sides");
        assertEquals(Map.of(), broken(2.5, 0.5, 0.5, 2.5), "2 of 4, not 2 of 3");
    }

    @Test
    void fourOfFiveBeyondOneSigmaOnOneSideBreaksWesternElectric3AndNelson6() {
        Map<String, List<List<Integer>>> broken = broken(0.5, -1.5, -1.5, 0.5, -1.5, -1.5, 0.5);

        assertEquals(Map.of(WE3, List.of(List.of(1, 2, 3, 4, 5)), N6, List.of(List.of(1, 2, 3, 4, 5))), broken);
    }

    @Test
    void threeOfFiveBeyondOneSigmaBreaksNothing() {
        assertEquals(Map.of(), broken(0.5, 1.5, 1.0, -0.5, 1.5, 1.5, -0.5), "exactly 1σ is not beyond");
    }

    @Test
    void eightInARowOnOneSideBreaksWesternElectric4Only() {
        Map<String, List<List<Integer>>> broken = broken(-0.5, 0.5, 0.3, 0.5, 0.3, 0.5, 0.3, 0.5, 0.3, -0.5);

        assertEquals(Map.of(WE4, List.of(List.of(1, 2, 3, 4, 5, 6, 7, 8))), broken);
    }

    @Test
    void sevenInARowOnOneSideBreaksNothing() {
        assertEquals(Map.of(), broken(-0.5, 0.5, 0.3, 0.5, 0.3, 0.5, 0.3, 0.5, -0.5));
    }

    @Test
    void aPointOnTheCentreLineBreaksASameSideRun() {
        assertEquals(Map.of(), broken(0.5, 0.5, 0.5, 0.5, 0.0, 0.5, 0.5, 0.5, 0.5));
    }

    @Test
    void nineInARowOnOneSideBreaksNelson2AndWesternElectric4AsOneRunEach() {
        Map<String, List<List<Integer>>> broken = broken(-0.5, -0.4, -0.6, -0.4, -0.6, -0.4, -0.6, -0.4, -0.6);

        List<List<Integer>> run = List.of(List.of(0, 1, 2, 3, 4, 5, 6, 7, 8));
        assertEquals(Map.of(WE4, run, N2, run), broken);
    }

    @Test
    void sixInARowSteadilyIncreasingOrDecreasingBreaksNelson3() {
        assertEquals(Map.of(N3, List.of(List.of(1, 2, 3, 4, 5, 6))), broken(0, -0.5, -0.3, -0.1, 0.1, 0.3, 0.5, 0));
        assertEquals(Map.of(N3, List.of(List.of(0, 1, 2, 3, 4, 5))), broken(0.5, 0.3, 0.1, -0.1, -0.3, -0.5, 0));
    }

    @Test
    void fiveStepsUpOrAFlatStepBreaksNothing() {
        assertEquals(Map.of(), broken(0, -0.3, -0.1, 0.1, 0.3, 0.5, 0), "5 in a row");
        assertEquals(Map.of(), broken(-0.5, -0.3, -0.1, -0.1, 0.1, 0.3, 0.5), "a tie is not an increase");
    }

    @Test
    void fourteenInARowAlternatingBreaksNelson4() {
        Map<String, List<List<Integer>>> broken = broken(alternating(14, 0.5));

        assertEquals(Map.of(N4, List.of(range(0, 13))), broken);
    }

    @Test
    void thirteenAlternatingBreaksNothing() {
        assertEquals(Map.of(), broken(alternating(13, 0.5)));
    }

    @Test
    void fifteenInARowWithinOneSigmaBreaksNelson7() {
        assertEquals(Map.of(N7, List.of(range(0, 14))), broken(repeat(15, 0.1, 0.2, -0.1, -0.2)));
        assertEquals(
                Map.of(N7, List.of(range(0, 14))),
                broken(repeat(15, 1.0, 0.5, -1.0, -0.5)),
                "a point exactly on 1σ is within 1σ");
    }

    @Test
    void fourteenWithinOneSigmaBreaksNothing() {
        assertEquals(Map.of(), broken(repeat(14, 0.1, 0.2, -0.1, -0.2)));
    }

    @Test
    void eightInARowOutsideOneSigmaOnBothSidesBreaksNelson8() {
        assertEquals(Map.of(N8, List.of(range(0, 7))), broken(repeat(8, 1.5, 1.5, -1.5, -1.5)));
        assertEquals(Map.of(N8, List.of(range(0, 7))), broken(alternating(8, 1.5)));
    }

    @Test
    void sevenOutsideOneSigmaOrOneOnTheZoneLineBreaksNothing() {
        assertEquals(Map.of(), broken(repeat(7, 1.5, 1.5, -1.5, -1.5)));
        assertEquals(Map.of(), broken(1.5, 1.5, -1.5, -1.5, 1.0, 1.5, -1.5, -1.5));
    }

    @Test
    void overlappingMatchesOfOneRuleMergeIntoOneViolation() {
        Map<String, List<List<Integer>>> broken = broken(2.5, 2.5, 2.5, 2.5);

        assertEquals(Map.of(WE2, List.of(List.of(0, 1, 2, 3)), N5, List.of(List.of(0, 1, 2, 3))), broken);
    }

    @Test
    void aLongRunIsOneViolationAndSeparateRunsAreTwo() {
        double[] values = new double[30];
        Arrays.fill(values, 0, 12, 0.5);
        Arrays.fill(values, 12, 14, -0.5);
        Arrays.fill(values, 14, 22, -0.5);
        values[13] = 0;
        Arrays.fill(values, 22, 30, 0.5);

        List<List<Integer>> runs = broken(values).get(WE4);

        assertEquals(List.of(range(0, 11), range(14, 21), range(22, 29)), runs);
    }

    @Test
    void theZonesComeFromTheGivenCentreAndSigma() {
        List<Violation> violations = RunRules.check(List.of(10.0, 10.5, 14.0, 9.5), 10.0, 1.0);
        List<Violation> scaled = RunRules.check(List.of(100.0, 101.0, 108.0, 99.0), 100.0, 2.0);

        assertEquals(List.of(WE1, N1), violations.stream().map(Violation::rule).toList());
        assertEquals(List.of(WE1, N1), scaled.stream().map(Violation::rule).toList());
        assertEquals(List.of(), RunRules.check(List.of(100.0, 101.0, 105.0, 99.0), 100.0, 2.0));
    }

    @Test
    void aSeriesWithoutSpreadHasNoZonesAndBreaksNothing() {
        assertEquals(List.of(), RunRules.check(List.of(5.0, 5.0, 5.0, 9.0), 5.0, 0.0));
    }

    @Test
    void missingValuesAreRejected() {
        List<Double> values = new ArrayList<>(List.of(1.0, 2.0));
        values.add(null);

        assertThrows(IllegalArgumentException.class, () -> RunRules.check(values, 0, 1));
        assertThrows(IllegalArgumentException.class, () -> RunRules.check(null, 0, 1));
    }

    private static Map<String, List<List<Integer>>> broken(double... values) {
        List<Double> series = Arrays.stream(values).boxed().toList();
        Map<String, List<List<Integer>>> broken = new TreeMap<>();
        for (Violation violation : RunRules.check(series, 0, 1)) {
            broken.computeIfAbsent(violation.rule(), rule -> new ArrayList<>()).add(violation.points());
        }
        return broken;
    }

    private static double[] alternating(int length, double size) {
        return repeat(length, size, -size);
    }

    private static double[] repeat(int length, double... pattern) {
        double[] values = new double[length];
        for (int i = 0; i < length; i++) {
            values[i] = pattern[i % pattern.length];
        }
        return values;
    }

    private static List<Integer> range(int first, int last) {
        List<Integer> indexes = new ArrayList<>();
        for (int i = first; i <= last; i++) {
            indexes.add(i);
        }
        return indexes;
    }
}
