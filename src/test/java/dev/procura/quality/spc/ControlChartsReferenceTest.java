package dev.procura.quality.spc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Published data sets against reference values printed by src/test/resources/spc/reference.py (numpy, independent of
 * this code), to 1e-6, and against the figures the sources print, at the precision they print them.
 */
class ControlChartsReferenceTest {

    // The issue asks for agreement to 1e-6; both sides are plain double arithmetic, so hold them to 1e-9.
    private static final double REFERENCE = 1e-9;

    @Test
    void pistonRingsXbarRMatchesReferenceValues() {
        Chart chart = ControlCharts.xbarR(Fixtures.samples("pistonrings.csv"), 73.95, 74.05);

        Series xbar = chart.series().get(0);
        assertLimits(xbar, 74.00117600000002, 73.98804348000002, 74.01430852000001);
        Series r = chart.series().get(1);
        assertEquals("r", r.name());
        assertLimits(r, 0.022760000000000103, 0.0, 0.048114640000000215);
        assertCapability(
                chart.capability(),
                0.009785038693035297,
                0.010069968126291413,
                1.7032806092559005,
                1.6632194493256829,
                1.6550863376767957,
                1.6161587070141332);
        assertEquals("capable", chart.capability().rating());
        assertEquals(74.0102, xbar.points().get(0).value(), REFERENCE);
        assertEquals(List.of(), xbar.violations());
    }

    @Test
    void pistonRingsXbarRAgreesWithPublishedFigures() {
        Chart chart = ControlCharts.xbarR(Fixtures.samples("pistonrings.csv"), 73.95, 74.05);

        Limits xbar = chart.series().get(0).limits();
        // Montgomery prints the grand mean as 74.00118 (and R qcc as 74.00118).
        assertEquals(74.00118, xbar.centre(), 5e-6);
        // R̄ from these values is 0.02276 (R qcc prints 0.02276); Montgomery's printed range column sums to 0.581
        // (R̄ = 0.02324), which no public transcription of the raw values reproduces, so only R̄ ≈ 0.023 is checked.
        assertEquals(0.02276, chart.series().get(1).limits().centre(), 5e-9);
        assertEquals(0.023, chart.series().get(1).limits().centre(), 5e-4);
        // R qcc: σ = 0.009785039, limits 73.98805 / 74.0143 (from exact A2; the 3-decimal table A2 moves them < 1e-5).
        assertEquals(0.009785039, chart.capability().withinSigma(), 5e-10);
        assertEquals(73.98805, xbar.lower(), 1e-5);
        assertEquals(74.0143, xbar.upper(), 1e-5);
        // R qcc process.capability with spec 74 ± 0.05: Cp 1.703, Cpk 1.663.
        assertEquals(1.703, chart.capability().cp(), 5e-4);
        assertEquals(1.663, chart.capability().cpk(), 5e-4);
    }

    @Test
    void pistonRingsXbarSMatchesReferenceValues() {
        Chart chart = ControlCharts.xbarS(Fixtures.samples("pistonrings.csv"), 73.95, 74.05);

        assertLimits(chart.series().get(0), 74.00117600000002, 73.98799046776855, 74.01436153223148);
        Series s = chart.series().get(1);
        assertEquals("s", s.name());
        assertLimits(s, 0.009240036602285536, 0.0, 0.019302436462174485);
        assertCapability(
                chart.capability(),
                0.009829976728289325,
                0.010069968126291413,
                1.6954940105505374,
                1.6556159914218724,
                1.6550863376767957,
                1.6161587070141332);
        // R qcc prints s̄ = 0.009240037, σ = s̄/c4 = 0.009829977, UCL 0.019302416 (from exact B4).
        assertEquals(0.009240037, s.limits().centre(), 5e-10);
        assertEquals(0.009829977, chart.capability().withinSigma(), 5e-10);
        assertEquals(0.019302416, s.limits().upper(), 1e-7);
    }

    @Test
    void viscosityIndividualsMatchReferenceAndPublishedValues() {
        Chart chart = ControlCharts.individuals(Fixtures.samples("viscosity.csv"), null, 35.0);

        Series individuals = chart.series().get(0);
        assertLimits(individuals, 33.52333333333333, 32.24483789260385, 34.80182877406282);
        Series movingRange = chart.series().get(1);
        assertEquals("moving_range", movingRange.name());
        assertLimits(movingRange, 0.480714285714286, 0.0, 1.5704935714285722);
        assertEquals(0.42616514690982804, chart.capability().withinSigma(), REFERENCE);
        assertEquals(0.335552139160576, chart.capability().overallSigma(), REFERENCE);
        assertEquals(1.1550034670629015, chart.capability().cpk(), REFERENCE);
        assertEquals(1.466902352205458, chart.capability().ppk(), REFERENCE);
        assertNull(chart.capability().cp());
        assertNull(chart.capability().pp());
        assertEquals("marginal", chart.capability().rating());
        // Published (Montgomery; R qcc "xbar.one"): centre 33.52333, σ 0.4261651, limits 32.24484 and 34.80183.
        assertEquals(33.52333, individuals.limits().centre(), 5e-6);
        assertEquals(0.4261651, chart.capability().withinSigma(), 5e-8);
        assertEquals(32.24484, individuals.limits().lower(), 5e-6);
        assertEquals(34.80183, individuals.limits().upper(), 5e-6);
    }

    @Test
    void orangeJuiceCansPChartMatchesReferenceAndPublishedValues() {
        Chart chart = ControlCharts.p(Fixtures.counts("orangejuice.csv"));

        Series p = chart.series().get(0);
        assertLimits(p, 0.23133333333333334, 0.05242754807192823, 0.41023911859473844);
        // Montgomery: p̄ = 347/1500 = 0.2313, LCL 0.0524, UCL 0.4102; samples 15 and 23 plot above the UCL.
        assertEquals(0.2313, p.limits().centre(), 5e-5);
        assertEquals(0.0524, p.limits().lower(), 5e-5);
        assertEquals(0.4102, p.limits().upper(), 5e-5);
        assertEquals(List.of(List.of(14), List.of(22)), pointsOf(p, "western_electric_1"));
        assertNull(p.points().get(0).upper(), "constant n: no per-point limits");
        assertNull(chart.capability());
    }

    @Test
    void pChartWithVaryingSampleSizesHasPerPointLimitsFromReference() {
        Chart chart = ControlCharts.p(Fixtures.counts("p-varying.csv"));

        Series p = chart.series().get(0);
        assertEquals(0.09746192893401015, p.limits().centre(), REFERENCE);
        double[] upper = {
            0.18643765102055737,
            0.19693981040033468,
            0.19693981040033468,
            0.18643765102055737,
            0.1822969512946457,
            0.1822969512946457,
            0.18643765102055737,
            0.18643765102055737,
            0.19125057501788967,
            0.19125057501788967,
            0.1822969512946457,
            0.17868527902919773,
            0.17868527902919773,
            0.17868527902919773,
            0.1822969512946457,
            0.19693981040033468,
            0.19693981040033468,
            0.19693981040033468,
            0.19125057501788967,
            0.18643765102055737
        };
        double[] lower = {
            0.008486206847462915,
            0.0,
            0.0,
            0.008486206847462915,
            0.012626906573374591,
            0.012626906573374591,
            0.008486206847462915,
            0.008486206847462915,
            0.0036732828501306325,
            0.0036732828501306325,
            0.012626906573374591,
            0.01623857883882257,
            0.01623857883882257,
            0.01623857883882257,
            0.012626906573374591,
            0.0,
            0.0,
            0.0,
            0.0036732828501306325,
            0.008486206847462915
        };
        for (int i = 0; i < upper.length; i++) {
            assertEquals(upper[i], p.points().get(i).upper(), REFERENCE, "upper limit of point " + i);
            assertEquals(lower[i], p.points().get(i).lower(), REFERENCE, "lower limit of point " + i);
        }
        assertEquals(List.of(), pointsOf(p, "western_electric_1"));
    }

    @Test
    void circuitBoardCChartMatchesReferenceAndPublishedValues() {
        Chart chart = ControlCharts.c(Fixtures.counts("circuit.csv"));

        Series c = chart.series().get(0);
        assertLimits(c, 19.846153846153847, 6.481447167165914, 33.21086052514178);
        // Montgomery: c̄ = 516/26 = 19.85, LCL 6.48, UCL 33.22; samples 6 and 20 are outside the limits.
        assertEquals(19.85, c.limits().centre(), 5e-3);
        assertEquals(6.48, c.limits().lower(), 5e-3);
        // The book works from c̄ rounded to 19.85 (19.85 + 3√19.85 = 33.216); unrounded it is 33.211.
        assertEquals(33.22, c.limits().upper(), 1e-2);
        assertEquals(List.of(List.of(5), List.of(19)), pointsOf(c, "nelson_1"));
    }

    private static List<List<Integer>> pointsOf(Series series, String rule) {
        return series.violations().stream()
                .filter(v -> v.rule().equals(rule))
                .map(Violation::points)
                .toList();
    }

    private static void assertLimits(Series series, double centre, double lower, double upper) {
        assertEquals(centre, series.limits().centre(), REFERENCE, series.name() + " centre");
        assertEquals(lower, series.limits().lower(), REFERENCE, series.name() + " lower");
        assertEquals(upper, series.limits().upper(), REFERENCE, series.name() + " upper");
    }

    private static void assertCapability(
            Capability capability, double within, double overall, double cp, double cpk, double pp, double ppk) {
        assertEquals(within, capability.withinSigma(), REFERENCE, "within sigma");
        assertEquals(overall, capability.overallSigma(), REFERENCE, "overall sigma");
        assertEquals(cp, capability.cp(), REFERENCE, "Cp");
        assertEquals(cpk, capability.cpk(), REFERENCE, "Cpk");
        assertEquals(pp, capability.pp(), REFERENCE, "Pp");
        assertEquals(ppk, capability.ppk(), REFERENCE, "Ppk");
    }
}
