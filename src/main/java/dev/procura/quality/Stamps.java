package dev.procura.quality;

import java.time.Instant;
import java.time.temporal.ChronoUnit;

/** Instants as the database keeps them (microseconds), so an answer reads as a later GET does. */
final class Stamps {

    private Stamps() {}

    static Instant of(Instant instant) {
        return instant == null ? null : instant.truncatedTo(ChronoUnit.MICROS);
    }
}
