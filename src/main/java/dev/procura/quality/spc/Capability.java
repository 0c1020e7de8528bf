package dev.procura.quality.spc;

/**
 * rating by Cpk: "capable" (>= 1.33), "marginal" (1.00 to < 1.33), "not_capable" (< 1.00); null indices when a spec
 * limit is missing (Cp/Pp need both; Cpk/Ppk use the one-sided value when only one limit is given). With no spec limit,
 * or a sigma of zero, the indices and the rating are null.
 */
public record Capability(
        Double lsl,
        Double usl,
        Double cp,
        Double cpk,
        Double pp,
        Double ppk,
        double withinSigma,
        double overallSigma,
        String rating) {}
