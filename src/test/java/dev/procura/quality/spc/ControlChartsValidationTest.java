package dev.procura.quality.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class ControlChartsValidationTest {

    private static Sample sample(Double... values) {
        return new Sample(null, Arrays.asList(values));
    }

    private static String rejected(Executable call) {
        return assertThrows(IllegalArgumentException.class, call).getMessage();
    }

    @Test
    void fewerThanTwoSubgroupsAreRejected() {
        List<Sample> one = List.of(sample(1.0, 2.0));

        assertEquals("at least 2 samples are needed, got 1", rejected(() -> ControlCharts.xbarR(one, null, null)));
        assertEquals(
                "at least 2 samples are needed, got 0", rejected(() -> ControlCharts.xbarS(List.of(), null, null)));
        assertEquals(
                "at least 2 samples are needed, got 0", rejected(() -> ControlCharts.individuals(null, null, null)));
        assertEquals(
                "at least 2 counts are needed, got 1", rejected(() -> ControlCharts.p(List.of(new Count(null, 1, 5)))));
        assertEquals("at least 2 counts are needed, got 0", rejected(() -> ControlCharts.c(List.of())));
    }

    @Test
    void mixedSubgroupSizesAreRejected() {
        List<Sample> mixed = List.of(sample(1.0, 2.0), sample(1.0, 2.0, 3.0));

        assertEquals(
                "subgroups must all have the same size; subgroup 0 has 2 values, subgroup 1 has 3",
                rejected(() -> ControlCharts.xbarR(mixed, null, null)));
        rejected(() -> ControlCharts.xbarS(mixed, null, null));
    }

    @Test
    void subgroupSizesOutsideTwoToTwentyFiveAreRejected() {
        List<Sample> ones = List.of(sample(1.0), sample(2.0));
        Double[] many = Collections.nCopies(26, 1.0).toArray(new Double[0]);
        List<Sample> large = List.of(sample(many), sample(many));

        assertEquals(
                "subgroup size must be between 2 and 25, got 1", rejected(() -> ControlCharts.xbarR(ones, null, null)));
        assertEquals(
                "subgroup size must be between 2 and 25, got 26",
                rejected(() -> ControlCharts.xbarS(large, null, null)));
    }

    @Test
    void individualsTakeExactlyOneValuePerSample() {
        List<Sample> pairs = List.of(sample(1.0), sample(1.0, 2.0));

        assertEquals(
                "an individuals chart takes one value per sample; sample 1 has 2",
                rejected(() -> ControlCharts.individuals(pairs, null, null)));
    }

    @Test
    void emptyMissingOrNonFiniteValuesAreRejected() {
        rejected(() -> sample());
        rejected(() -> new Sample(null, null));
        rejected(() -> sample(1.0, null));
        rejected(() -> sample(1.0, Double.NaN));
        rejected(() -> sample(Double.POSITIVE_INFINITY));
        List<Sample> withGap = new ArrayList<>(List.of(sample(1.0), sample(2.0)));
        withGap.add(null);
        assertEquals("sample 2 is missing", rejected(() -> ControlCharts.individuals(withGap, null, null)));
    }

    @Test
    void zeroInspectedOrNegativeCountsAreRejected() {
        assertEquals("inspected must be at least 1, got 0", rejected(() -> new Count(null, 0, 0)));
        assertEquals("count must not be negative, got -1", rejected(() -> new Count(null, -1, 10)));
    }

    @Test
    void moreDefectivesThanInspectedUnitsAreRejected() {
        List<Count> counts = List.of(new Count(null, 3, 10), new Count(null, 11, 10));

        assertEquals(
                "a p chart counts defective units, so count 11 cannot exceed inspected 10",
                rejected(() -> ControlCharts.p(counts)));
    }

    @Test
    void cChartRejectsVaryingInspectionUnits() {
        List<Count> counts = List.of(new Count(null, 3, 10), new Count(null, 4, 20));

        rejected(() -> ControlCharts.c(counts));
    }

    @Test
    void specLimitsMustBeOrderedAndFinite() {
        List<Sample> samples = List.of(sample(1.0), sample(2.0), sample(1.5));

        rejected(() -> ControlCharts.individuals(samples, 5.0, 5.0));
        rejected(() -> ControlCharts.individuals(samples, 6.0, 5.0));
        rejected(() -> ControlCharts.individuals(samples, Double.NaN, null));
    }
}
