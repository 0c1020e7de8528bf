package dev.procura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import org.junit.jupiter.api.Test;

class UserTest {

    private static final int THRESHOLD = 3;
    private static final Duration BASE = Duration.ofMinutes(1);
    private static final Duration MAX = Duration.ofMinutes(5);
    private static final Instant NOW = Instant.parse("2025-03-01T10:00:00Z");

    private final User user = new User("alice@example.com", "hash", "Alice", "Smith", Set.of(), NOW);

    private boolean failTimes(int times, Instant at) {
        boolean locked = false;
        for (int i = 0; i < times; i++) {
            locked = user.failLogin(THRESHOLD, BASE, MAX, at);
        }
        return locked;
    }

    @Test
    void failuresBelowThresholdDoNotLock() {
        assertFalse(failTimes(THRESHOLD - 1, NOW));
        assertNull(user.lockedUntil());
        assertFalse(user.isLocked(NOW));
    }

    @Test
    void failureAtThresholdLocksForBaseDuration() {
        assertTrue(failTimes(THRESHOLD, NOW));
        assertEquals(NOW.plus(BASE), user.lockedUntil());
    }

    @Test
    void lockoutDoublesWithEachLockoutUpToTheMaximum() {
        failTimes(THRESHOLD, NOW);
        assertFalse(user.failLogin(THRESHOLD, BASE, MAX, NOW), "the failure count restarts after a lockout");

        assertTrue(failTimes(THRESHOLD - 1, NOW));
        assertEquals(NOW.plus(BASE.multipliedBy(2)), user.lockedUntil());

        failTimes(THRESHOLD, NOW);
        assertEquals(NOW.plus(BASE.multipliedBy(4)), user.lockedUntil());

        failTimes(THRESHOLD, NOW);
        assertEquals(NOW.plus(MAX), user.lockedUntil());
    }

    @Test
    void lockoutStaysCappedAfterManyLockouts() {
        failTimes(THRESHOLD * 40, NOW);

        assertEquals(NOW.plus(MAX), user.lockedUntil());
    }

    @Test
    void successfulLoginResetsSoNextLockoutIsBaseAgain() {
        failTimes(THRESHOLD * 2, NOW);
        user.succeedLogin();

        assertNull(user.lockedUntil());
        assertFalse(failTimes(THRESHOLD - 1, NOW));
        assertTrue(user.failLogin(THRESHOLD, BASE, MAX, NOW));
        assertEquals(NOW.plus(BASE), user.lockedUntil());
    }

    @Test
    void isLockedOnlyBeforeLockedUntil() {
        failTimes(THRESHOLD, NOW);

        assertTrue(user.isLocked(NOW.plus(BASE).minusSeconds(1)));
        assertFalse(user.isLocked(NOW.plus(BASE)));
        assertFalse(user.isLocked(NOW.plus(BASE).plusSeconds(1)));
    }

    @Test
    void emailIsStrippedAndLowerCased() {
        User created = new User("  Bob.Jones@Example.COM \n", "hash", " Bob ", " Jones ", Set.of(), NOW);

        assertEquals("bob.jones@example.com", created.email());
        assertEquals("Bob", created.firstName());
        assertEquals("Jones", created.lastName());
    }

    @Test
    void groupsRoundTripThroughStorage() {
        User admin = new User("a@example.com", "hash", "A", "B", Set.of("platform-admin", "auditor"), NOW);

        assertEquals(Set.of("platform-admin", "auditor"), admin.groups());
    }

    @Test
    void userWithoutGroupsHasEmptyGroups() {
        assertEquals(Set.of(), user.groups());
    }

    @Test
    void grantAddsGroupAndTouchesUpdatedAt() {
        Instant later = NOW.plusSeconds(60);

        user.grant("platform-admin", later);

        assertEquals(Set.of("platform-admin"), user.groups());
        assertEquals(later, user.updatedAt());
    }

    @Test
    void grantIsIdempotent() {
        user.grant("platform-admin", NOW.plusSeconds(60));
        user.grant("platform-admin", NOW.plusSeconds(120));

        assertEquals(Set.of("platform-admin"), user.groups());
        assertEquals(NOW.plusSeconds(60), user.updatedAt(), "a repeated grant changes nothing");
    }

    @Test
    void renameStripsTheNamesAndTouchesUpdatedAt() {
        Instant later = NOW.plusSeconds(30);

        user.rename("  Alicia ", " Smyth\t", later);

        assertEquals("Alicia", user.firstName());
        assertEquals("Smyth", user.lastName());
        assertEquals(later, user.updatedAt());
        assertEquals(NOW, user.createdAt());
    }

    @Test
    void changingThePasswordReplacesTheHashAndTouchesUpdatedAt() {
        Instant later = NOW.plusSeconds(90);

        user.changePasswordHash("new-hash", later);

        assertEquals("new-hash", user.passwordHash());
        assertEquals(later, user.updatedAt());
    }

    @Test
    void failedLoginStateIsSetByOneFailureAndClearedBySuccess() {
        assertFalse(user.hasFailedLoginState());

        user.failLogin(THRESHOLD, BASE, MAX, NOW);
        assertTrue(user.hasFailedLoginState());

        user.succeedLogin();
        assertFalse(user.hasFailedLoginState());
    }

    @Test
    void aLockoutAloneIsFailedLoginState() {
        failTimes(THRESHOLD, NOW);

        assertTrue(user.hasFailedLoginState(), "the failure count restarts, the lockout remains");
    }

    @Test
    void normalizingNoEmailGivesNone() {
        assertNull(User.normalizeEmail(null));
        assertEquals("x@y.z", User.normalizeEmail(" X@Y.Z "));
    }

    @Test
    void groupsAreStoredSortedSoTheColumnIsStable() {
        user.grant("zeta", NOW);
        user.grant("alpha", NOW);

        assertEquals(Set.of("alpha", "zeta"), user.groups());
        assertEquals(user.groups(), new User("b@example.com", "h", "B", "C", Set.of("zeta", "alpha"), NOW).groups());
    }
}
