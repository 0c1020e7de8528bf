package dev.procura.quality;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.quality.InspectionRepository.Reading;
import dev.procura.quality.SpcChartViews.ChartView;
import dev.procura.quality.spc.Chart;
import dev.procura.quality.spc.ChartType;
import dev.procura.quality.spc.ControlCharts;
import dev.procura.quality.spc.Count;
import dev.procura.quality.spc.Sample;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * SPC charts of a characteristic from its measurements in a period: subgroups are an
 * inspection's measurements of one subgroup, in the order they were first measured; the
 * control limits, rule violations and capability are the SPC library's ({@code quality.spc}).
 */
@ApplicationScoped
public class SpcChartService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    InspectionPlanRepository plans;

    @Inject
    InspectionRepository inspections;

    /** One subgroup: when it was first measured, and its measurements. */
    private record Subgroup(Instant at, List<Reading> measurements) {}

    private record Key(UUID inspection, int subgroup) {}

    public ChartView chart(UUID characteristicId, String chart, String from, String to) {
        return tenantData.call(tx -> {
            Characteristic c = plans.ofCharacteristic(tx.em(), characteristicId)
                    .map(p -> p.characteristicsById().get(characteristicId))
                    .orElseThrow(
                            () -> new Failure.NotFound("No characteristic " + characteristicId + " in this tenant"));
            Instant start = from == null ? Instant.EPOCH : instant(tx, from, "from", false);
            Instant end = to == null ? tx.now() : instant(tx, to, "to", true);
            if (start.isAfter(end)) {
                throw new Failure.InvalidInput("to", "must not be before from");
            }
            ChartType type = type(c, chart);
            List<Reading> measured = inspections.ofCharacteristic(tx.em(), characteristicId, start, end);
            if (measured.isEmpty()) {
                throw new Failure.InvalidInput("characteristic", "no measurements in the period to chart");
            }
            List<Subgroup> subgroups = subgroups(measured);
            Chart computed;
            try {
                computed = compute(type, c, measured, subgroups);
            } catch (IllegalArgumentException e) {
                throw new Failure.InvalidInput("chart", e.getMessage());
            }
            return ChartView.of(c, computed, start, end, subgroups.size(), measured.size());
        });
    }

    /** The chart asked for, or the one that fits: X̄-R for subgroups, I-MR for single values, p for attributes. */
    static ChartType type(Characteristic c, String chart) {
        if (chart == null) {
            if (!c.isVariable()) {
                return ChartType.P;
            }
            return c.sampleSize() > 1 ? ChartType.XBAR_R : ChartType.I_MR;
        }
        ChartType type = ChartType.valueOf(chart.toUpperCase(Locale.ROOT));
        boolean forAttributes = type == ChartType.P || type == ChartType.C;
        if (forAttributes == c.isVariable()) {
            throw new Failure.InvalidInput(
                    "chart",
                    c.isVariable()
                            ? "a variable characteristic is charted with xbar_r, xbar_s or i_mr"
                            : "an attribute characteristic is charted with p or c");
        }
        return type;
    }

    private static Chart compute(ChartType type, Characteristic c, List<Reading> measured, List<Subgroup> subgroups) {
        Double lsl = number(c.lowerSpec());
        Double usl = number(c.upperSpec());
        return switch (type) {
            case XBAR_R -> ControlCharts.xbarR(samples(subgroups), lsl, usl);
            case XBAR_S -> ControlCharts.xbarS(samples(subgroups), lsl, usl);
            case I_MR ->
                ControlCharts.individuals(
                        measured.stream()
                                .map(m -> new Sample(
                                        m.measuredAt(), List.of(m.value().doubleValue())))
                                .toList(),
                        lsl,
                        usl);
            case P -> ControlCharts.p(counts(subgroups));
            case C -> ControlCharts.c(counts(subgroups));
        };
    }

    private static List<Subgroup> subgroups(List<Reading> measured) {
        Map<Key, Subgroup> groups = new LinkedHashMap<>();
        for (Reading m : measured) {
            groups.computeIfAbsent(
                            new Key(m.inspectionId(), m.subgroup()),
                            k -> new Subgroup(m.measuredAt(), new ArrayList<>()))
                    .measurements()
                    .add(m);
        }
        return List.copyOf(groups.values());
    }

    private static List<Sample> samples(List<Subgroup> subgroups) {
        return subgroups.stream()
                .map(g -> new Sample(
                        g.at(),
                        g.measurements().stream()
                                .map(m -> m.value().doubleValue())
                                .toList()))
                .toList();
    }

    /** Per subgroup, the failed measurements (nonconforming units, or defects for c) of those taken. */
    private static List<Count> counts(List<Subgroup> subgroups) {
        return subgroups.stream()
                .map(g -> new Count(
                        g.at(),
                        g.measurements().stream().filter(m -> !m.passed()).count(),
                        g.measurements().size()))
                .toList();
    }

    private static Double number(BigDecimal value) {
        return value == null ? null : value.doubleValue();
    }

    /** An instant, or a date in the tenant's zone: its start for {@code from}, its end for {@code to}. */
    private static Instant instant(TenantTx tx, String text, String field, boolean endOfDay) {
        try {
            if (text.length() == 10) {
                LocalDate day = LocalDate.parse(text);
                return (endOfDay ? day.plusDays(1) : day)
                        .atStartOfDay(tx.calendar().zone())
                        .toInstant()
                        .minusNanos(endOfDay ? 1 : 0);
            }
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            throw new Failure.InvalidInput(field, "must be a date (2026-12-01) or an instant (2026-12-01T08:00:00Z)");
        }
    }
}
