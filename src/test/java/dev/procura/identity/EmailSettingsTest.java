package dev.procura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.procura.identity.EmailSettings.Digest;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class EmailSettingsTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void turningADigestOnStartsItsPeriodNow() {
        EmailSettings settings = EmailSettings.defaults(UUID.randomUUID());
        settings.change(null, Digest.DAILY, "en", NOW);
        assertEquals(NOW, settings.lastDigestAt());
        assertEquals(NOW.plus(Duration.ofDays(1)), settings.nextDigestAt());
    }

    @Test
    void switchingDailyToWeeklyCountsFromTheLastDigest() {
        EmailSettings settings = EmailSettings.defaults(UUID.randomUUID());
        settings.change(null, Digest.DAILY, "en", NOW);
        settings.change(null, Digest.WEEKLY, "en", NOW.plusSeconds(3600));
        assertEquals(NOW.plus(Duration.ofDays(7)), settings.nextDigestAt());
    }

    @Test
    void immediateEndsTheScheduleAndASentDigestSchedulesTheNext() {
        EmailSettings settings = EmailSettings.defaults(UUID.randomUUID());
        settings.change(null, Digest.WEEKLY, "de", NOW);
        settings.digestSent(NOW.plus(Duration.ofDays(7)));
        assertEquals(NOW.plus(Duration.ofDays(14)), settings.nextDigestAt());
        settings.change("a@example.com", Digest.IMMEDIATE, "de", NOW.plus(Duration.ofDays(8)));
        assertNull(settings.nextDigestAt());
        settings.digestSent(NOW.plus(Duration.ofDays(9)));
        assertNull(settings.nextDigestAt());
    }

    @Test
    void digestsHaveWireNames() {
        assertEquals(Digest.WEEKLY, Digest.ofWireName("weekly"));
        assertEquals("daily", Digest.DAILY.wireName());
    }
}
