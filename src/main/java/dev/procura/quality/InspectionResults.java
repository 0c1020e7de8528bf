package dev.procura.quality;

import dev.procura.quality.InspectionViews.ResultView;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Pass or fail per characteristic from its measurements: a characteristic fails when any of its
 * measurements failed (a value outside the specification limits, an attribute not passed), passes
 * when measured without failure, and is pending until measured. The inspection's result is the
 * worst of its characteristics'.
 */
final class InspectionResults {

    static final String PASS = "pass";
    static final String FAIL = "fail";
    static final String PENDING = "pending";

    private InspectionResults() {}

    static List<ResultView> of(List<Characteristic> characteristics, List<Measurement> measurements) {
        List<ResultView> results = new ArrayList<>();
        for (Characteristic c : characteristics) {
            List<Measurement> mine = measurements.stream()
                    .filter(m -> m.characteristicId().equals(c.id()))
                    .toList();
            long failed = mine.stream().filter(m -> !m.passed()).count();
            String result = mine.isEmpty() ? PENDING : failed > 0 ? FAIL : PASS;
            List<BigDecimal> values = mine.stream()
                    .map(Measurement::value)
                    .filter(Objects::nonNull)
                    .toList();
            results.add(new ResultView(
                    c.id(),
                    c.code(),
                    c.name(),
                    c.kind().name().toLowerCase(Locale.ROOT),
                    result,
                    mine.size(),
                    failed,
                    mine.stream().map(Measurement::subgroup).distinct().count(),
                    values.isEmpty() ? null : InspectionPlanViews.strip(mean(values)),
                    values.stream()
                            .min(BigDecimal::compareTo)
                            .map(InspectionPlanViews::strip)
                            .orElse(null),
                    values.stream()
                            .max(BigDecimal::compareTo)
                            .map(InspectionPlanViews::strip)
                            .orElse(null),
                    mine.stream()
                            .map(Measurement::defectCode)
                            .filter(Objects::nonNull)
                            .distinct()
                            .toList()));
        }
        return results;
    }

    /** The inspection's result: fail if any characteristic failed, pending if any is unmeasured, else pass. */
    static String overall(List<ResultView> results) {
        if (results.stream().anyMatch(r -> FAIL.equals(r.result()))) {
            return FAIL;
        }
        return results.stream().anyMatch(r -> PENDING.equals(r.result())) ? PENDING : PASS;
    }

    /** Whether a variable value passes: within the limits. An attribute passes as stated. */
    static boolean passes(Characteristic c, BigDecimal value, Boolean passed) {
        return c.isVariable() ? c.withinSpec(value) : Boolean.TRUE.equals(passed);
    }

    private static BigDecimal mean(List<BigDecimal> values) {
        return values.stream()
                .reduce(BigDecimal.ZERO, BigDecimal::add)
                .divide(BigDecimal.valueOf(values.size()), MathContext.DECIMAL64);
    }
}
