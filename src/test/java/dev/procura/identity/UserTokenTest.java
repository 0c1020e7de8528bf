package dev.procura.identity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class UserTokenTest {

    private static final Instant NOW = Instant.parse("2026-03-01T10:00:00Z");

    private static UserToken reset() {
        return new UserToken("hash", UUID.randomUUID(), UserToken.Purpose.PASSWORD_RESET, NOW, Duration.ofMinutes(30));
    }

    @Test
    void aTokenWorksOnce() {
        UserToken token = reset();
        assertTrue(token.use(UserToken.Purpose.PASSWORD_RESET, NOW.plusSeconds(60)));
        assertFalse(token.use(UserToken.Purpose.PASSWORD_RESET, NOW.plusSeconds(61)));
    }

    @Test
    void aTokenExpiresAfterItsValidity() {
        assertTrue(reset().isUsable(UserToken.Purpose.PASSWORD_RESET, NOW.plus(Duration.ofMinutes(29))));
        assertFalse(reset().use(UserToken.Purpose.PASSWORD_RESET, NOW.plus(Duration.ofMinutes(30))));
    }

    @Test
    void aTokenServesOnlyItsPurpose() {
        assertFalse(reset().use(UserToken.Purpose.EMAIL_VERIFICATION, NOW));
    }

    @Test
    void mailTokensAreRandomAndUrlSafe() {
        String one = MailTokens.random();
        assertTrue(one.matches("[A-Za-z0-9_-]{43}"));
        assertFalse(one.equals(MailTokens.random()));
    }
}
