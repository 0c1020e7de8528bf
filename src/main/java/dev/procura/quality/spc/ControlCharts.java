package dev.procura.quality.spc;

import java.util.List;

/**
 * Entry point: builds a control chart with its limits, run-rule violations and (for variable data) capability. Every
 * method throws IllegalArgumentException with a readable message for data no chart can be drawn from.
 */
public final class ControlCharts {

    private ControlCharts() {}

    /** X̄ ± A2·R̄ and R in [D3·R̄, D4·R̄]; within sigma R̄/d2. Subgroups: at least 2, all of one size in 2..25. */
    public static Chart xbarR(List<Sample> subgroups, Double lsl, Double usl) {
        return VariableCharts.xbarR(subgroups, lsl, usl);
    }

    /** X̄ ± A3·s̄ and s in [B3·s̄, B4·s̄]; within sigma s̄/c4. Subgroups: at least 2, all of one size in 2..25. */
    public static Chart xbarS(List<Sample> subgroups, Double lsl, Double usl) {
        return VariableCharts.xbarS(subgroups, lsl, usl);
    }

    /** X̄ ± (3/d2)·MR̄ with d2 = 1.128 and MR in [0, 3.267·MR̄], moving ranges of span 2; one value per sample. */
    public static Chart individuals(List<Sample> samples, Double lsl, Double usl) {
        return VariableCharts.individuals(samples, lsl, usl);
    }

    /** p̄ ± 3√(p̄(1-p̄)/n_i), lower clamped at 0; per-point limits when sample sizes vary. */
    public static Chart p(List<Count> counts) {
        return AttributeCharts.p(counts);
    }

    /** c̄ ± 3√c̄, lower clamped at 0. */
    public static Chart c(List<Count> counts) {
        return AttributeCharts.c(counts);
    }
}
