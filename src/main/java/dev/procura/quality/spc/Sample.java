package dev.procura.quality.spc;

import java.time.Instant;
import java.util.List;

/** A subgroup of measurements of one variable characteristic, taken at one time (size 1 for I-MR). */
public record Sample(Instant at, List<Double> values) {

    public Sample {
        if (values == null || values.isEmpty()) {
            throw new IllegalArgumentException("a sample needs at least one measured value");
        }
        for (Double value : values) {
            if (value == null || !Double.isFinite(value)) {
                throw new IllegalArgumentException("a sample's values must be finite numbers, got " + value);
            }
        }
        values = List.copyOf(values);
    }
}
