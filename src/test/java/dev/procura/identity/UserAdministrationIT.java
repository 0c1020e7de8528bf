package dev.procura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.AccountMails;
import dev.procura.support.Accounts;
import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.ControlDb;
import dev.procura.support.Reply;
import dev.procura.support.SecondServer;
import dev.procura.support.Tenants;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.microshed.testing.jupiter.MicroShedTest;

/** Platform administrators find, deactivate, reactivate users and force password resets; on two servers. */
@MicroShedTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class UserAdministrationIT {

    private static final String USERS = "/api/v1/admin/users";

    private SecondServer b;
    private Tenants.Member operator;

    @BeforeAll
    void start() throws Exception {
        operator = Tenants.platformAdmin();
        b = SecondServer.start(5017);
    }

    @AfterAll
    void stop() throws Exception {
        if (b != null) {
            b.close();
        }
    }

    private Reply onB(String path, String token) {
        return Api.requestAt(b.baseUrl(), "GET", path).token(token).send();
    }

    @Test
    void aNonAdministratorIsRefusedEveryAdminUserEndpoint() {
        Accounts.Account other = Accounts.register();
        String token = Accounts.login(Accounts.register()).accessToken();
        Api.get(USERS, token).expectProblem(403, "forbidden");
        Api.get(USERS + "/" + other.id(), token).expectProblem(403, "forbidden");
        for (String action : List.of("deactivate", "reactivate", "password-reset")) {
            Api.post(USERS + "/" + other.id() + "/" + action, token, null).expectProblem(403, "forbidden");
        }
        Api.get(USERS, null).expectProblem(401, "unauthenticated");
        Accounts.attemptLogin(other.email(), other.password(), null).expect(200);
    }

    @Test
    void searchFindsUsersByEmailOrNameAndStatusPaged() throws Exception {
        Accounts.Account ana = Accounts.register();
        String marker = "Zq" + UUID.randomUUID().toString().substring(0, 8);
        ControlDb.update("UPDATE users SET last_name = ? WHERE id = ?", marker, ana.id());

        JsonObject byName = Api.get(USERS + "?q=" + marker.toLowerCase(java.util.Locale.ROOT), operator.token())
                .expect(200)
                .json();
        assertEquals(1, byName.getInt("total"));
        JsonObject found = byName.getJsonArray("items").getJsonObject(0);
        assertEquals(ana.email(), found.getString("email"));
        assertEquals("active", found.getString("status"));

        JsonObject byEmail = Api.get(USERS + "?q=" + ana.email().substring(5, 20) + "&per_page=1", operator.token())
                .expect(200)
                .json();
        assertEquals(1, byEmail.getInt("per_page"));
        assertEquals(
                ana.id().toString(),
                byEmail.getJsonArray("items").getJsonObject(0).getString("id"));

        Api.post(USERS + "/" + ana.id() + "/deactivate", operator.token(), null).expect(200);
        assertEquals(
                0,
                Api.get(USERS + "?status=active&q=" + marker, operator.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        assertEquals(
                1,
                Api.get(USERS + "?status=deactivated&q=" + marker, operator.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
        assertEquals(
                List.of("status"),
                Api.get(USERS + "?status=gone", operator.token()).fieldErrors());
    }

    @Test
    void oneUserShowsMembershipsVerificationAndLastLogin() {
        Tenants.Member admin = Tenants.signedIn();
        UUID tenant = Tenants.create(admin.token(), "Admin view");
        JsonObject user =
                Api.get(USERS + "/" + admin.id(), operator.token()).expect(200).json();
        assertEquals(admin.account().email(), user.getString("email"));
        assertEquals("active", user.getString("status"));
        assertFalse(user.getBoolean("email_verified"));
        assertFalse(user.getBoolean("password_reset_required"));
        assertNotNull(user.getString("last_login_at"));
        JsonObject membership = user.getJsonArray("memberships").getJsonObject(0);
        assertEquals(tenant.toString(), membership.getString("tenant_id"));
        assertEquals("Admin view", membership.getString("tenant_name"));
        assertEquals("admin", membership.getString("role"));
        Api.get(USERS + "/" + UUID.randomUUID(), operator.token()).expectProblem(404, "not-found");
    }

    @Test
    void aDeactivatedUserIsSignedOutOnEveryServerAndCannotSignInUntilReactivated() throws Exception {
        Tenants.Member member = Tenants.signedIn();
        UUID tenant = Tenants.create(member.token(), "Deactivation");
        Accounts.Login session = Accounts.login(member.account());
        // Both servers have the sessions cached as active.
        onB("/api/v1/users/me", session.accessToken()).expect(200);
        Api.get("/api/v1/users/me", session.accessToken()).expect(200);

        JsonObject deactivated = Api.post(USERS + "/" + member.id() + "/deactivate", operator.token(), null)
                .expect(200)
                .json();
        assertEquals("deactivated", deactivated.getString("status"));
        assertEquals(1, deactivated.getJsonArray("memberships").size());

        Await.until(
                "B to refuse the deactivated user's session",
                Duration.ofSeconds(2),
                () -> onB("/api/v1/users/me", session.accessToken()).status() == 401);
        onB("/api/v1/users/me", member.token()).expectProblem(401, "session-revoked");
        Api.get("/api/v1/users/me", session.accessToken()).expectProblem(401, "session-revoked");
        Accounts.attemptLogin(member.account().email(), member.account().password(), null)
                .expectProblem(403, "user-deactivated");
        Api.post(
                        "/api/v1/auth/refresh",
                        null,
                        Json.createObjectBuilder()
                                .add("refresh_token", session.refreshToken())
                                .build())
                .expectProblem(403, "user-deactivated");
        Accounts.attemptLogin(member.account().email(), "wrong-password-1", null)
                .expectProblem(401, "invalid-credentials");
        assertEquals(
                List.of("0"),
                ControlDb.strings(
                        "SELECT COUNT(*) FROM sessions WHERE user_id = ? AND revoked_at IS NULL", member.id()));
        Api.post(USERS + "/" + member.id() + "/deactivate", operator.token(), null)
                .expectProblem(409, "invalid-transition");

        Api.post(USERS + "/" + member.id() + "/reactivate", operator.token(), null)
                .expect(200);
        Accounts.Login again = Accounts.login(member.account());
        Api.get(Tenants.path(tenant, "/suppliers"), again.accessToken()).expect(200);
        Api.post(USERS + "/" + member.id() + "/reactivate", operator.token(), null)
                .expectProblem(409, "invalid-transition");
        assertEquals(List.of("user.deactivated", "user.reactivated"), AccountMails.userEvents(member.id()));
    }

    @Test
    void anAdministratorCannotDeactivateThemself() {
        Api.post(USERS + "/" + operator.id() + "/deactivate", operator.token(), null)
                .expectProblem(409, "cannot-deactivate-self");
        Api.get("/api/v1/users/me", operator.token()).expect(200);
    }

    @Test
    void aForcedResetEndsSessionsAndRefusesLoginUntilTheMailedTokenSetsANewPassword() throws Exception {
        Accounts.Account account = Accounts.register();
        Accounts.Login session = Accounts.login(account);

        JsonObject forced = Api.post(USERS + "/" + account.id() + "/password-reset", operator.token(), null)
                .expect(200)
                .json();
        assertTrue(forced.getBoolean("password_reset_required"));
        Api.get("/api/v1/users/me", session.accessToken()).expectProblem(401, "session-revoked");
        Accounts.attemptLogin(account.email(), account.password(), null).expectProblem(403, "password-reset-required");

        String token = AccountMails.awaitResetToken(account.email());
        Api.post(
                        "/api/v1/auth/password-reset/confirm",
                        null,
                        Json.createObjectBuilder()
                                .add("token", token)
                                .add("password", "Brand-new-secret-31")
                                .build())
                .expect(204);
        Accounts.attemptLogin(account.email(), "Brand-new-secret-31", null).expect(200);
        assertFalse(Api.get(USERS + "/" + account.id(), operator.token())
                .expect(200)
                .json()
                .getBoolean("password_reset_required"));
        assertEquals(
                List.of("user.password_reset_forced", "user.password_reset"), AccountMails.userEvents(account.id()));
    }
}
