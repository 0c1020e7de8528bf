package dev.procura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.AccountMails;
import dev.procura.support.Accounts;
import dev.procura.support.Api;
import dev.procura.support.ControlDb;
import dev.procura.support.Mailbox;
import dev.procura.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class PasswordResetIT {

    private static final String NEW_PASSWORD = "Another-long-secret-77";

    private static Reply requestReset(String email, String address) {
        return Api.request("POST", "/api/v1/auth/password-reset")
                .header("X-Forwarded-For", address)
                .json(Json.createObjectBuilder().add("email", email).build())
                .send();
    }

    private static Reply confirm(String token, String password) {
        return Api.post(
                "/api/v1/auth/password-reset/confirm",
                null,
                Json.createObjectBuilder()
                        .add("token", token)
                        .add("password", password)
                        .build());
    }

    @Test
    void theMailedTokenSetsANewPasswordOnceAndEndsEverySession() throws Exception {
        Accounts.Account account = Accounts.register();
        Accounts.Login before = Accounts.login(account);

        requestReset(account.email(), Accounts.randomClientAddress()).expect(202);
        String token = AccountMails.awaitResetToken(account.email());
        // Only the hash is stored.
        assertEquals(
                List.of(sha256(token)),
                ControlDb.strings(
                        "SELECT token_hash FROM user_tokens WHERE user_id = ? AND purpose = 'PASSWORD_RESET'",
                        account.id()));
        assertTrue(ControlDb.strings("SELECT token_hash FROM user_tokens WHERE token_hash = ?", token)
                .isEmpty());

        confirm(token, NEW_PASSWORD).expect(204);

        Api.get("/api/v1/users/me", before.accessToken()).expectProblem(401, "session-revoked");
        Accounts.attemptLogin(account.email(), account.password(), null).expectProblem(401, "invalid-credentials");
        Accounts.attemptLogin(account.email(), NEW_PASSWORD, null).expect(200);
        confirm(token, "Yet-another-secret-99").expectProblem(400, "invalid-reset-token");
        assertEquals(
                List.of("user.password_reset_requested", "user.password_reset"), AccountMails.userEvents(account.id()));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        Accounts.Account account = Accounts.register();
        requestReset(account.email(), Accounts.randomClientAddress()).expect(202);
        String token = AccountMails.awaitResetToken(account.email());
        ControlDb.update(
                "UPDATE user_tokens SET expires_at = now() - interval '1 second' WHERE token_hash = ?", sha256(token));

        confirm(token, NEW_PASSWORD).expectProblem(400, "invalid-reset-token");
        Accounts.attemptLogin(account.email(), account.password(), null).expect(200);
    }

    @Test
    void theTokenIsValidForThirtyMinutes() throws Exception {
        Accounts.Account account = Accounts.register();
        requestReset(account.email(), Accounts.randomClientAddress()).expect(202);
        String token = AccountMails.awaitResetToken(account.email());
        assertEquals(
                List.of("t"),
                ControlDb.strings(
                        "SELECT expires_at - created_at = interval '30 minutes' FROM user_tokens WHERE token_hash = ?",
                        sha256(token)));
    }

    @Test
    void aNewerTokenRetiresTheEarlierOne() throws Exception {
        Accounts.Account account = Accounts.register();
        String address = Accounts.randomClientAddress();
        requestReset(account.email(), address).expect(202);
        String first = AccountMails.awaitResetToken(account.email());
        requestReset(account.email(), address).expect(202);
        String second = AccountMails.awaitToken(account.email(), "Reset your Procura password", List.of(first));

        confirm(first, NEW_PASSWORD).expectProblem(400, "invalid-reset-token");
        confirm(second, NEW_PASSWORD).expect(204);
    }

    @Test
    void aRefusedPasswordLeavesTheTokenUsable() throws Exception {
        Accounts.Account account = Accounts.register();
        requestReset(account.email(), Accounts.randomClientAddress()).expect(202);
        String token = AccountMails.awaitResetToken(account.email());

        assertEquals(List.of("password"), confirm(token, "short").fieldErrors());
        confirm(token, NEW_PASSWORD).expect(204);
    }

    @Test
    void anUnknownEmailGetsTheSameAnswerAndNoMail() throws Exception {
        Accounts.Account account = Accounts.register();
        String unknown = Accounts.uniqueEmail();
        Reply known = requestReset(account.email(), Accounts.randomClientAddress());
        Reply none = requestReset(unknown, Accounts.randomClientAddress());

        assertEquals(202, known.status());
        assertEquals(known.status(), none.status());
        assertEquals(known.body(), none.body());
        assertEquals(known.header("Content-Type"), none.header("Content-Type"));
        AccountMails.awaitResetToken(account.email());
        assertTrue(Mailbox.messages(unknown).isEmpty());
        assertTrue(AccountMails.userEvents(account.id()).contains("user.password_reset_requested"));
    }

    @Test
    void requestsAreRateLimitedPerEmailWhetherItExistsOrNot() {
        for (String email : List.of(Accounts.register().email(), Accounts.uniqueEmail())) {
            for (int i = 0; i < 3; i++) {
                requestReset(email, Accounts.randomClientAddress()).expect(202);
            }
            Reply refused = requestReset(email, Accounts.randomClientAddress());
            refused.expectProblem(429, "account-mail-throttled");
            assertTrue(Long.parseLong(refused.header("Retry-After").orElseThrow()) > 0);
        }
    }

    @Test
    void requestsAreRateLimitedPerClientAddress() {
        String address = Accounts.randomClientAddress();
        for (int i = 0; i < 20; i++) {
            requestReset(Accounts.uniqueEmail(), address).expect(202);
        }
        requestReset(Accounts.uniqueEmail(), address).expectProblem(429, "account-mail-throttled");
        requestReset(Accounts.uniqueEmail(), Accounts.randomClientAddress()).expect(202);
    }

    @Test
    void invalidBodiesAreValidationProblems() {
        Reply reply = Api.post(
                "/api/v1/auth/password-reset",
                null,
                Json.createObjectBuilder().add("email", "not-an-email").build());
        assertEquals(List.of("email"), reply.fieldErrors());
        JsonObject problem = Api.post(
                        "/api/v1/auth/password-reset/confirm",
                        null,
                        Json.createObjectBuilder().build())
                .expectProblem(400, "validation");
        assertFalse(problem.getJsonArray("errors").isEmpty());
    }

    static String sha256(String token) throws Exception {
        return HexFormat.of()
                .formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    }
}
