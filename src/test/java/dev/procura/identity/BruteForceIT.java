package dev.procura.identity;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Accounts;
import dev.procura.support.ControlDb;
import dev.procura.support.Reply;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Lockout and throttling use the server's default thresholds (5 failures per account, 5 per
 * account and address, 20 per address). Each test uses its own accounts and its own client
 * addresses (X-Forwarded-For from the trusted loopback proxy), so it throttles nobody else.
 */
@MicroShedTest
class BruteForceIT {

    private static long retryAfterSeconds(Reply reply) {
        return Long.parseLong(reply.header("Retry-After").orElseThrow());
    }

    @Test
    void repeatedFailuresLockTheAccountEvenForTheRightPassword() throws Exception {
        Accounts.Account account = Accounts.register();
        for (int i = 0; i < 5; i++) {
            Accounts.attemptLogin(account.email(), "Wrong-password-" + i, Accounts.randomClientAddress())
                    .expectProblem(401, "invalid-credentials");
        }
        Reply locked = Accounts.attemptLogin(account.email(), account.password(), Accounts.randomClientAddress());
        locked.expectProblem(429, "account-locked");
        long retryAfter = retryAfterSeconds(locked);
        assertTrue(retryAfter > 0 && retryAfter <= 60, "first lockout lasts the base minute: " + retryAfter);
        assertTrue(ControlDb.eventTypes(account.id()).contains("ACCOUNT_LOCKED"));
    }

    @Test
    void lockoutsGrowWithEachRound() throws Exception {
        Accounts.Account account = Accounts.register();
        for (int i = 0; i < 5; i++) {
            Accounts.attemptLogin(account.email(), "Wrong-" + i + "-password", Accounts.randomClientAddress());
        }
        // Let the first lockout lapse without waiting a minute.
        ControlDb.update("UPDATE users SET locked_until = now() - interval '1 second' WHERE id = ?", account.id());
        for (int i = 0; i < 5; i++) {
            Accounts.attemptLogin(account.email(), "Wrong-again-" + i, Accounts.randomClientAddress());
        }
        long retryAfter = retryAfterSeconds(
                Accounts.attemptLogin(account.email(), account.password(), Accounts.randomClientAddress())
                        .expect(429));
        assertTrue(retryAfter > 60 && retryAfter <= 120, "second lockout doubles: " + retryAfter);
    }

    @Test
    void anAddressThatKeepsFailingOnOneAccountIsThrottled() {
        String address = Accounts.randomClientAddress();
        String unknown = Accounts.uniqueEmail();
        for (int i = 0; i < 5; i++) {
            Accounts.attemptLogin(unknown, "Guess-number-" + i, address).expectProblem(401, "invalid-credentials");
        }
        Reply throttled = Accounts.attemptLogin(unknown, "Guess-number-6", address);
        throttled.expectProblem(429, "login-throttled");
        assertTrue(retryAfterSeconds(throttled) > 0);
        Accounts.attemptLogin(unknown, "Guess-number-7", Accounts.randomClientAddress())
                .expectProblem(401, "invalid-credentials");
    }

    @Test
    void aThrottledAddressStillLetsAnotherAccountSignIn() {
        String address = Accounts.randomClientAddress();
        for (int i = 0; i < 20; i++) {
            Accounts.attemptLogin(Accounts.uniqueEmail(), "Spray-password-1", address)
                    .expect(401);
        }
        String sprayed = Accounts.uniqueEmail();
        Accounts.attemptLogin(sprayed, "Spray-password-1", address).expect(401);
        Accounts.attemptLogin(sprayed, "Spray-password-2", address).expectProblem(429, "login-throttled");

        Accounts.Account colleague = Accounts.register();
        Accounts.attemptLogin(colleague.email(), colleague.password(), address).expect(200);
    }
}
