package dev.procura.quality;

import dev.procura.quality.spc.Capability;
import dev.procura.quality.spc.Chart;
import dev.procura.quality.spc.Point;
import dev.procura.quality.spc.Series;
import dev.procura.quality.spc.Violation;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the SPC charts API. */
public final class SpcChartViews {

    private SpcChartViews() {}

    @Schema(name = "SpcChart")
    public record ChartView(
            UUID characteristicId,
            String code,
            String name,
            String unit,

            @Schema(description = "xbar_r, xbar_s, i_mr, p or c")
            String chart,

            Instant from,
            Instant to,
            int subgroups,
            int measurements,
            BigDecimal lowerSpec,
            BigDecimal upperSpec,

            @Schema(description = "X̄ and R (or S), I and MR, or the p or c chart alone")
            List<SeriesView> series,

            @Schema(description = "Variable charts only") CapabilityView capability) {

        static ChartView of(Characteristic c, Chart chart, Instant from, Instant to, int subgroups, int measurements) {
            return new ChartView(
                    c.id(),
                    c.code(),
                    c.name(),
                    c.unit(),
                    chart.type().name().toLowerCase(Locale.ROOT),
                    from,
                    to,
                    subgroups,
                    measurements,
                    InspectionPlanViews.strip(c.lowerSpec()),
                    InspectionPlanViews.strip(c.upperSpec()),
                    chart.series().stream().map(SeriesView::of).toList(),
                    chart.capability() == null ? null : CapabilityView.of(chart.capability()));
        }
    }

    @Schema(name = "SpcSeries")
    public record SeriesView(
            String name,
            Double centre,
            @Schema(description = "The lower control limit") Double lower,
            @Schema(description = "The upper control limit") Double upper,
            List<PointView> points,

            @Schema(description = "Western Electric and Nelson rule violations, with the points involved")
            List<ViolationView> violations) {
        static SeriesView of(Series series) {
            return new SeriesView(
                    series.name(),
                    finite(series.limits().centre()),
                    finite(series.limits().lower()),
                    finite(series.limits().upper()),
                    series.points().stream().map(PointView::of).toList(),
                    series.violations().stream().map(ViolationView::of).toList());
        }
    }

    @Schema(name = "SpcPoint")
    public record PointView(
            int index,
            Instant at,
            Double value,

            @Schema(description = "This point's own lower limit, where subgroup sizes differ")
            Double lower,

            @Schema(description = "This point's own upper limit, where subgroup sizes differ")
            Double upper) {
        static PointView of(Point point) {
            return new PointView(
                    point.index(), point.at(), finite(point.value()), finite(point.lower()), finite(point.upper()));
        }
    }

    @Schema(name = "SpcViolation")
    public record ViolationView(String rule, String description, List<Integer> points) {
        static ViolationView of(Violation violation) {
            return new ViolationView(violation.rule(), violation.description(), violation.points());
        }
    }

    @Schema(name = "SpcCapability")
    public record CapabilityView(
            Double lsl,
            Double usl,
            Double cp,
            Double cpk,
            Double pp,
            Double ppk,
            Double withinSigma,
            Double overallSigma,

            @Schema(description = "capable (≥ 1.33), marginal (1.00–1.33) or not_capable (< 1.00)")
            String rating) {
        static CapabilityView of(Capability c) {
            return new CapabilityView(
                    c.lsl(),
                    c.usl(),
                    finite(c.cp()),
                    finite(c.cpk()),
                    finite(c.pp()),
                    finite(c.ppk()),
                    finite(c.withinSigma()),
                    finite(c.overallSigma()),
                    c.rating());
        }
    }

    /** JSON has no NaN or infinity: such a figure is left out. */
    static Double finite(Double value) {
        return value == null || !Double.isFinite(value) ? null : value;
    }
}
