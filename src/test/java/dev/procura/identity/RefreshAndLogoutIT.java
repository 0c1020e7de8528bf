package dev.procura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Accounts;
import dev.procura.support.Api;
import dev.procura.support.ControlDb;
import dev.procura.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class RefreshAndLogoutIT {

    private static Reply refresh(String refreshToken) {
        return Api.post(
                "/api/v1/auth/refresh",
                null,
                Json.createObjectBuilder().add("refresh_token", refreshToken).build());
    }

    @Test
    void refreshRotatesTheRefreshTokenWithinTheSameSession() {
        Accounts.Login login = Accounts.login(Accounts.register());
        JsonObject renewed = refresh(login.refreshToken()).expect(200).json();

        assertNotEquals(login.refreshToken(), renewed.getString("refresh_token"));
        Accounts.Login next =
                new Accounts.Login(renewed.getString("access_token"), renewed.getString("refresh_token"), renewed);
        assertEquals(login.sessionId(), next.sessionId());
        Api.get("/api/v1/users/me", next.accessToken()).expect(200);
        refresh(next.refreshToken()).expect(200);
    }

    @Test
    void reusingARotatedRefreshTokenRevokesTheWholeSession() throws Exception {
        Accounts.Account account = Accounts.register();
        Accounts.Login login = Accounts.login(account);
        JsonObject renewed = refresh(login.refreshToken()).expect(200).json();

        refresh(login.refreshToken()).expectProblem(401, "refresh-token-reused");

        refresh(renewed.getString("refresh_token")).expectProblem(401, "invalid-refresh-token");
        Api.get("/api/v1/users/me", renewed.getString("access_token")).expectProblem(401, "session-revoked");
        Api.get("/api/v1/users/me", login.accessToken()).expectProblem(401, "session-revoked");
        assertTrue(ControlDb.eventTypes(account.id()).contains("REFRESH_REUSED"));
    }

    @Test
    void unknownRefreshTokensAreRefused() {
        refresh("not-a-token-we-issued").expectProblem(401, "invalid-refresh-token");
        assertEquals(
                java.util.List.of("refresh_token"),
                Api.post(
                                "/api/v1/auth/refresh",
                                null,
                                Json.createObjectBuilder().build())
                        .fieldErrors());
    }

    @Test
    void logoutEndsTheSessionForAccessAndRefreshTokensAtOnce() throws Exception {
        Accounts.Account account = Accounts.register();
        Accounts.Login login = Accounts.login(account);
        Accounts.Login otherDevice = Accounts.login(account);

        Api.request("POST", "/api/v1/auth/logout")
                .token(login.accessToken())
                .send()
                .expect(204);

        Api.get("/api/v1/users/me", login.accessToken()).expectProblem(401, "session-revoked");
        refresh(login.refreshToken()).expectProblem(401, "invalid-refresh-token");
        Api.request("POST", "/api/v1/auth/logout")
                .token(login.accessToken())
                .send()
                .expectProblem(401, "session-revoked");
        Api.get("/api/v1/users/me", otherDevice.accessToken()).expect(200);
        assertTrue(ControlDb.eventTypes(account.id()).contains("LOGOUT"));
    }

    @Test
    void logoutNeedsAnAccessToken() {
        Api.request("POST", "/api/v1/auth/logout").send().expectProblem(401, "unauthenticated");
    }
}
