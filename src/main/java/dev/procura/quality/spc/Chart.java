package dev.procura.quality.spc;

import java.util.List;

/** A control chart: its series (the location chart first) and, for variable data, the process capability. */
public record Chart(ChartType type, List<Series> series, Capability capability) {

    public Chart {
        series = List.copyOf(series);
    }
}
