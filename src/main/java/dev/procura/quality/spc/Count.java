package dev.procura.quality.spc;

import java.time.Instant;

/** An attribute count at one time: defectives (p chart) or defects (c chart), in `inspected` units. */
public record Count(Instant at, long count, long inspected) {

    public Count {
        if (inspected <= 0) {
            throw new IllegalArgumentException("inspected must be at least 1, got " + inspected);
        }
        if (count < 0) {
            throw new IllegalArgumentException("count must not be negative, got " + count);
        }
    }
}
