package dev.procura.quality.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class ControlChartsTest {

    private static List<Sample> subgroups(double[]... rows) {
        List<Sample> samples = new ArrayList<>();
        for (double[] row : rows) {
            samples.add(new Sample(
                    Fixtures.at(samples.size()), Arrays.stream(row).boxed().toList()));
        }
        return samples;
    }

    private static List<Sample> individuals(double... values) {
        List<Sample> samples = new ArrayList<>();
        for (double value : values) {
            samples.add(new Sample(Fixtures.at(samples.size()), List.of(value)));
        }
        return samples;
    }

    @Test
    void xbarRChartPairsTheMeansWithTheRangesAndKeepsTimes() {
        Chart chart = ControlCharts.xbarR(
                subgroups(new double[] {1, 3}, new double[] {2, 6}, new double[] {4, 4}), null, null);

        assertEquals(ChartType.XBAR_R, chart.type());
        assertEquals(
                List.of("xbar", "r"), chart.series().stream().map(Series::name).toList());
        assertEquals(
                List.of(2.0, 4.0, 4.0),
                chart.series().get(0).points().stream().map(Point::value).toList());
        assertEquals(
                List.of(2.0, 4.0, 0.0),
                chart.series().get(1).points().stream().map(Point::value).toList());
        Point last = chart.series().get(0).points().get(2);
        assertEquals(2, last.index());
        assertEquals(Fixtures.at(2), last.at());
        assertNull(last.lower());
        // grand mean 10/3, R̄ = 2, A2(2) = 1.880
        assertEquals(10.0 / 3 + (1.880 * 2), chart.series().get(0).limits().upper(), 1e-12);
        assertEquals(3.267 * 2, chart.series().get(1).limits().upper(), 1e-12);
    }

    @Test
    void movingRangesCarryTheIndexOfTheirLaterSample() {
        Chart chart = ControlCharts.individuals(individuals(5, 7, 4, 4), null, null);

        Series movingRange = chart.series().get(1);
        assertEquals(ChartType.I_MR, chart.type());
        assertEquals(
                List.of(1, 2, 3),
                movingRange.points().stream().map(Point::index).toList());
        assertEquals(
                List.of(2.0, 3.0, 0.0),
                movingRange.points().stream().map(Point::value).toList());
        assertEquals(0.0, movingRange.limits().lower());
        assertEquals(List.of(), movingRange.violations(), "dispersion charts are not judged by the run rules");
    }

    @Test
    void capabilityIsOneSidedWhenOnlyOneSpecLimitIsGiven() {
        List<Sample> samples = individuals(10, 11, 9, 10, 12, 8, 10, 11);

        Capability upperOnly = ControlCharts.individuals(samples, null, 16.0).capability();
        Capability lowerOnly = ControlCharts.individuals(samples, 4.0, null).capability();

        assertNull(upperOnly.cp());
        assertNull(upperOnly.pp());
        assertEquals((16.0 - 10.125) / (3 * upperOnly.withinSigma()), upperOnly.cpk(), 1e-12);
        assertEquals((10.125 - 4.0) / (3 * lowerOnly.overallSigma()), lowerOnly.ppk(), 1e-12);
    }

    @Test
    void capabilityWithoutSpecLimitsHasSigmasButNoIndices() {
        Capability capability = ControlCharts.individuals(individuals(10, 11, 9, 10), null, null)
                .capability();

        assertNull(capability.cp());
        assertNull(capability.cpk());
        assertNull(capability.rating());
        assertTrue(capability.withinSigma() > 0);
        assertTrue(capability.overallSigma() > 0);
    }

    @Test
    void capabilityIsRatedByCpk() {
        List<Sample> samples = individuals(10, 11, 9, 10, 12, 8, 10, 11);
        double sigma =
                ControlCharts.individuals(samples, null, null).capability().withinSigma();
        double mean = 10.125;

        assertEquals("capable", rating(samples, mean + (3 * 1.33 * sigma)));
        assertEquals("marginal", rating(samples, mean + (3 * 1.32 * sigma)));
        assertEquals("marginal", rating(samples, mean + (3 * 1.00 * sigma)));
        assertEquals("not_capable", rating(samples, mean + (3 * 0.99 * sigma)));
    }

    private static String rating(List<Sample> samples, double usl) {
        return ControlCharts.individuals(samples, null, usl).capability().rating();
    }

    @Test
    void aProcessWithoutSpreadHasNoIndicesAndNoViolations() {
        Chart chart = ControlCharts.xbarS(subgroups(new double[] {5, 5}, new double[] {5, 5}), 4.0, 6.0);

        assertEquals(0.0, chart.capability().withinSigma());
        assertNull(chart.capability().cpk());
        assertEquals(List.of(), chart.series().get(0).violations());
    }

    @Test
    void pChartWithVaryingSizesJudgesEachPointByItsOwnSigma() {
        // p̄ = 60/1200 = 0.05; point 1: p = 0.2 with n = 100, σ = √(0.05·0.95/100) = 0.0218, z = 6.9.
        List<Count> counts = List.of(
                new Count(Fixtures.at(0), 20, 1000),
                new Count(Fixtures.at(1), 20, 100),
                new Count(Fixtures.at(2), 20, 100));

        Series p = ControlCharts.p(counts).series().get(0);

        Point small = p.points().get(1);
        assertNotNull(small.upper());
        assertEquals(0.05 + (3 * Math.sqrt(0.05 * 0.95 / 100)), small.upper(), 1e-12);
        assertEquals(0.0, small.lower(), "the lower limit is clamped at 0");
        assertEquals(
                0.05 + (3 * Math.sqrt(0.05 * 0.95 / 1000)), p.points().get(0).upper(), 1e-12);
        assertEquals(
                List.of(List.of(0), List.of(1), List.of(2)),
                p.violations().stream()
                        .filter(v -> v.rule().equals("nelson_1"))
                        .map(Violation::points)
                        .toList());
    }

    @Test
    void cChartClampsTheLowerLimitAtZero() {
        Chart chart = ControlCharts.c(List.of(new Count(null, 1, 1), new Count(null, 3, 1), new Count(null, 2, 1)));

        Limits limits = chart.series().get(0).limits();
        assertEquals(ChartType.C, chart.type());
        assertEquals(2.0, limits.centre());
        assertEquals(0.0, limits.lower());
        assertEquals(2 + (3 * Math.sqrt(2)), limits.upper(), 1e-12);
        assertNull(chart.capability());
    }
}
