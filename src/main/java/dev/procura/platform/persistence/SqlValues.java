package dev.procura.platform.persistence;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;

/** Values of native queries and aggregates as the driver returns them, in the types the code uses. */
public final class SqlValues {

    private SqlValues() {}

    /** A timestamptz (a Timestamp, an OffsetDateTime or already an Instant); null stays null. */
    public static Instant instant(Object value) {
        if (value instanceof Timestamp timestamp) {
            return timestamp.toInstant();
        }
        if (value instanceof OffsetDateTime time) {
            return time.toInstant();
        }
        return (Instant) value;
    }
}
