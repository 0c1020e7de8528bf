package dev.procura.quality.spc;

import java.time.Instant;

/**
 * One plotted point; lower/upper are set only where the point has its own limits (p chart with varying sample sizes).
 * The index is the 0-based position of the sample it comes from, so a moving range carries the index of its later sample.
 */
public record Point(int index, Instant at, double value, Double lower, Double upper) {

    static Point of(int index, Instant at, double value) {
        return new Point(index, at, value, null, null);
    }
}
