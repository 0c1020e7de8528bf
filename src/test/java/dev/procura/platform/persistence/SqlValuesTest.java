package dev.procura.platform.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

class SqlValuesTest {

    @Test
    void everyShapeOfATimestamptzIsTheSameInstant() {
        Instant at = Instant.parse("2026-12-07T10:15:30.123456Z");
        assertEquals(at, SqlValues.instant(Timestamp.from(at)));
        assertEquals(at, SqlValues.instant(OffsetDateTime.ofInstant(at, ZoneOffset.ofHours(1))));
        assertEquals(at, SqlValues.instant(at));
        assertNull(SqlValues.instant(null));
    }
}
