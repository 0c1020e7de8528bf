package dev.procura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Accounts;
import dev.procura.support.Api;
import dev.procura.support.ControlDb;
import dev.procura.support.Reply;
import dev.procura.support.Tokens;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class LoginIT {

    @Test
    void loginIssuesAnRs256AccessTokenWithTheMicroProfileClaims() {
        Accounts.Account account = Accounts.register();
        JsonObject body = Accounts.login(account).body();

        assertEquals("Bearer", body.getString("token_type"));
        assertEquals(900, body.getInt("expires_in"));
        assertEquals(account.email(), body.getJsonObject("user").getString("email"));
        assertEquals(0, body.getJsonArray("tenants").size());
        assertTrue(body.getString("refresh_token").length() >= 43);

        String token = body.getString("access_token");
        assertEquals("RS256", Tokens.header(token).getString("alg"));
        JsonObject claims = Tokens.claims(token);
        assertEquals("https://procura.dev", claims.getString("iss"));
        assertEquals("procura-api", claims.getString("aud"));
        assertEquals(account.id().toString(), claims.getString("sub"));
        assertEquals(account.email(), claims.getString("upn"));
        assertEquals(0, claims.getJsonArray("groups").size());
        assertEquals(
                900,
                claims.getJsonNumber("exp").longValue()
                        - claims.getJsonNumber("iat").longValue());
        assertTrue(claims.containsKey("sid") && claims.containsKey("jti"));
    }

    @Test
    void unknownEmailAndWrongPasswordAnswerAlike() throws Exception {
        Accounts.Account account = Accounts.register();
        Reply wrongPassword =
                Accounts.attemptLogin(account.email(), "Not-the-password-1", Accounts.randomClientAddress());
        Reply unknownEmail =
                Accounts.attemptLogin(Accounts.uniqueEmail(), "Not-the-password-1", Accounts.randomClientAddress());

        JsonObject first = wrongPassword.expectProblem(401, "invalid-credentials");
        JsonObject second = unknownEmail.expectProblem(401, "invalid-credentials");
        assertEquals(first.getString("detail"), second.getString("detail"));
        // Registration signs the new user in (its own LOGIN_SUCCEEDED); then the failed attempt.
        assertEquals(List.of("REGISTERED", "LOGIN_SUCCEEDED", "LOGIN_FAILED"), ControlDb.eventTypes(account.id()));
    }

    @Test
    void securityEventsCarryTheRequestIdAndClientAddress() throws Exception {
        Accounts.Account account = Accounts.register();
        String requestId = "login-" + System.nanoTime();
        Api.request("POST", "/api/v1/auth/login")
                .header("X-Request-Id", requestId)
                .header("X-Forwarded-For", "203.0.113.7")
                .json(jakarta.json.Json.createObjectBuilder()
                        .add("email", account.email())
                        .add("password", account.password())
                        .build())
                .send()
                .expect(200);

        // The first LOGIN_SUCCEEDED is the registration's own sign-in, from the test's address.
        assertEquals(
                List.of("LOGIN_SUCCEEDED|127.0.0.1", "LOGIN_SUCCEEDED|" + requestId + "|203.0.113.7"),
                ControlDb.strings(
                        "SELECT type || '|' || CASE WHEN request_id = ? THEN request_id || '|' ELSE '' END"
                                + " || client_address FROM security_events"
                                + " WHERE user_id = ? AND type = 'LOGIN_SUCCEEDED' ORDER BY occurred_at",
                        requestId,
                        account.id()));
    }

    @Test
    void platformAdministratorsCarryTheGroupInTheirToken() throws Exception {
        Accounts.Account account = Accounts.register();
        ControlDb.update("UPDATE users SET platform_roles = 'platform-admin' WHERE id = ?", account.id());

        JsonObject claims = Tokens.claims(Accounts.login(account).accessToken());
        assertEquals(
                List.of("platform-admin"),
                claims.getJsonArray("groups").getValuesAs(jakarta.json.JsonString.class).stream()
                        .map(jakarta.json.JsonString::getString)
                        .toList());
    }

    @Test
    void theConfiguredPlatformAdministratorExistsAfterStartUp() throws Exception {
        assertEquals(
                List.of("platform-admin"),
                ControlDb.strings("SELECT platform_roles FROM users WHERE email = 'admin@procura.localhost'"));
    }

    @Test
    void eachLoginOpensItsOwnSession() {
        Accounts.Account account = Accounts.register();
        assertNotEquals(
                Accounts.login(account).sessionId(), Accounts.login(account).sessionId());
    }
}
