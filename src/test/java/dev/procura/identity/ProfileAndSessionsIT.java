package dev.procura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Accounts;
import dev.procura.support.Api;
import dev.procura.support.ControlDb;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class ProfileAndSessionsIT {

    private static JsonObject passwordChange(String current, String next) {
        return Json.createObjectBuilder()
                .add("current_password", current)
                .add("new_password", next)
                .build();
    }

    @Test
    void meReturnsTheSignedInUser() {
        Accounts.Account account = Accounts.register();
        JsonObject me = Api.get("/api/v1/users/me", Accounts.login(account).accessToken())
                .expect(200)
                .json();
        assertEquals(account.id().toString(), me.getString("id"));
        assertEquals(account.email(), me.getString("email"));
        assertTrue(!me.containsKey("password_hash"));
    }

    @Test
    void namesCanChangeButTheEmailCannot() {
        Accounts.Account account = Accounts.register();
        String token = Accounts.login(account).accessToken();
        JsonObject update = Json.createObjectBuilder()
                .add("first_name", "Ana")
                .add("last_name", "Costa")
                .add("email", "hijack@example.com")
                .build();

        JsonObject me = Api.put("/api/v1/users/me", token, update).expect(200).json();
        assertEquals("Ana", me.getString("first_name"));
        assertEquals("Costa", me.getString("last_name"));
        assertEquals(
                account.email(),
                Api.get("/api/v1/users/me", token).expect(200).json().getString("email"));

        JsonObject blank = Json.createObjectBuilder()
                .add("first_name", "")
                .add("last_name", "x".repeat(101))
                .build();
        assertEquals(
                List.of("first_name", "last_name"),
                Api.put("/api/v1/users/me", token, blank).fieldErrors());
    }

    @Test
    void changingThePasswordNeedsTheCurrentOneAndEndsOtherSessions() throws Exception {
        Accounts.Account account = Accounts.register();
        Accounts.Login current = Accounts.login(account);
        Accounts.Login other = Accounts.login(account);

        assertEquals(
                List.of("current_password"),
                Api.put(
                                "/api/v1/users/me/password",
                                current.accessToken(),
                                passwordChange("Wrong-password-1", "Brand-new-secret-7"))
                        .fieldErrors());
        assertEquals(
                List.of("new_password"),
                Api.put(
                                "/api/v1/users/me/password",
                                current.accessToken(),
                                passwordChange(account.password(), "password1"))
                        .fieldErrors());

        Api.put(
                        "/api/v1/users/me/password",
                        current.accessToken(),
                        passwordChange(account.password(), "Brand-new-secret-7"))
                .expect(204);

        Api.get("/api/v1/users/me", current.accessToken()).expect(200);
        Api.get("/api/v1/users/me", other.accessToken()).expectProblem(401, "session-revoked");
        Accounts.attemptLogin(account.email(), account.password(), Accounts.randomClientAddress())
                .expectProblem(401, "invalid-credentials");
        Accounts.attemptLogin(account.email(), "Brand-new-secret-7", null).expect(200);
        assertTrue(ControlDb.eventTypes(account.id()).contains("PASSWORD_CHANGED"));
    }

    @Test
    void sessionsListMarksTheCurrentOneAndPages() {
        Accounts.Account account = Accounts.register();
        Accounts.Login first = Accounts.login(account);
        Accounts.Login second = Accounts.login(account);

        JsonObject page = Api.get("/api/v1/users/me/sessions?per_page=1", second.accessToken())
                .expect(200)
                .json();
        // Registration's own session, then the two logins.
        assertEquals(3, page.getInt("total"));
        assertEquals(1, page.getInt("per_page"));
        JsonObject newest = page.getJsonArray("items").getJsonObject(0);
        assertEquals(second.sessionId(), newest.getString("id"));
        assertTrue(newest.getBoolean("current"));

        JsonObject older = Api.get("/api/v1/users/me/sessions?page=2&per_page=1", second.accessToken())
                .json()
                .getJsonArray("items")
                .getJsonObject(0);
        assertEquals(first.sessionId(), older.getString("id"));
        assertEquals(false, older.getBoolean("current"));

        assertEquals(
                List.of("per_page"),
                Api.get("/api/v1/users/me/sessions?per_page=0", first.accessToken())
                        .fieldErrors());
        assertEquals(
                List.of("page"),
                Api.get("/api/v1/users/me/sessions?page=0", first.accessToken()).fieldErrors());
    }

    @Test
    void revokingASessionEndsItsTokensAtOnce() throws Exception {
        Accounts.Account account = Accounts.register();
        Accounts.Login keep = Accounts.login(account);
        Accounts.Login revoke = Accounts.login(account);

        Api.delete("/api/v1/users/me/sessions/" + revoke.sessionId(), keep.accessToken())
                .expect(204);

        Api.get("/api/v1/users/me", revoke.accessToken()).expectProblem(401, "session-revoked");
        Api.get("/api/v1/users/me", keep.accessToken()).expect(200);
        Api.delete("/api/v1/users/me/sessions/" + revoke.sessionId(), keep.accessToken())
                .expectProblem(404, "not-found");
        assertTrue(ControlDb.eventTypes(account.id()).contains("SESSION_REVOKED"));
    }

    @Test
    void anotherUsersSessionCannotBeRevoked() {
        Accounts.Login mine = Accounts.login(Accounts.register());
        Accounts.Login theirs = Accounts.login(Accounts.register());

        Api.delete("/api/v1/users/me/sessions/" + theirs.sessionId(), mine.accessToken())
                .expectProblem(404, "not-found");
        Api.get("/api/v1/users/me", theirs.accessToken()).expect(200);
    }

    @Test
    void tenantsAreEmptyUntilTheUserJoinsOne() {
        JsonObject page = Api.get(
                        "/api/v1/users/me/tenants",
                        Accounts.login(Accounts.register()).accessToken())
                .expect(200)
                .json();
        assertEquals(0, page.getInt("total"));
        assertEquals(0, page.getJsonArray("items").size());
    }
}
