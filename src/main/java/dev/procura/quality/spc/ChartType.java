package dev.procura.quality.spc;

/** The control charts this package draws: two variable-data pairs, one individuals pair and two attribute charts. */
public enum ChartType {
    XBAR_R,
    XBAR_S,
    I_MR,
    P,
    C
}
