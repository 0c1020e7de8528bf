package dev.procura.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Accounts;
import dev.procura.support.Api;
import dev.procura.support.ControlDb;
import dev.procura.support.Reply;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class RegistrationIT {

    private static final String REGISTER = "/api/v1/auth/register";

    @Test
    void registrationCreatesTheUserAndSignsItInWithoutExposingTheHash() throws Exception {
        String email = Accounts.uniqueEmail();
        Reply reply = Api.post(REGISTER, null, Accounts.registration(email.toUpperCase(Locale.ROOT), Accounts.PASSWORD))
                .expect(201);

        JsonObject signedIn = reply.json();
        JsonObject user = signedIn.getJsonObject("user");
        assertEquals(email, user.getString("email"), "email is stored lower-cased");
        assertEquals("Test", user.getString("first_name"));
        assertEquals("User", user.getString("last_name"));
        assertEquals("Bearer", signedIn.getString("token_type"));
        assertEquals(0, signedIn.getJsonArray("tenants").size(), "a new account belongs to no tenant");
        assertFalse(reply.body().contains("password"), reply.body());
        String location = reply.header("Location").orElseThrow();
        assertTrue(location.endsWith("/api/v1/users/" + user.getString("id")), location);

        UUID id = UUID.fromString(user.getString("id"));
        List<String> hashes = ControlDb.strings("SELECT password_hash FROM users WHERE id = ?", id);
        assertTrue(hashes.get(0).startsWith("$2"), "bcrypt hash stored");
        assertEquals(List.of("REGISTERED", "LOGIN_SUCCEEDED"), ControlDb.eventTypes(id));

        // The token pair works at once: the access token reads what Location names, the refresh token rotates.
        String path = java.net.URI.create(location).getPath();
        assertEquals(
                user.getString("id"),
                Api.get(path, signedIn.getString("access_token"))
                        .expect(200)
                        .json()
                        .getString("id"));
        JsonObject refreshed = Api.post(
                        "/api/v1/auth/refresh",
                        null,
                        Json.createObjectBuilder()
                                .add("refresh_token", signedIn.getString("refresh_token"))
                                .build())
                .expect(200)
                .json();
        assertEquals(user.getString("id"), refreshed.getJsonObject("user").getString("id"));
    }

    @Test
    void aUserByIdIsVisibleToItselfAndPlatformAdministratorsOnly() throws Exception {
        Accounts.Account account = Accounts.register();
        Accounts.Account other = Accounts.register();
        String path = "/api/v1/users/" + account.id();

        JsonObject self =
                Api.get(path, Accounts.login(account).accessToken()).expect(200).json();
        assertEquals(account.email(), self.getString("email"));
        Api.get(path, Accounts.login(other).accessToken()).expectProblem(404, "not-found");
        Api.get("/api/v1/users/" + UUID.randomUUID(), Accounts.login(account).accessToken())
                .expectProblem(404, "not-found");
        Api.get(path, null).expectProblem(401, "unauthenticated");
        assertEquals(
                account.email(),
                Api.get(path, dev.procura.support.Tenants.platformAdmin().token())
                        .expect(200)
                        .json()
                        .getString("email"));
    }

    @Test
    void duplicateEmailIsAConflictWhateverTheCase() {
        Accounts.Account existing = Accounts.register();
        Api.post(
                        REGISTER,
                        null,
                        Accounts.registration(existing.email().toUpperCase(Locale.ROOT), "Another-long-pass-9"))
                .expectProblem(409, "email-taken");
    }

    @Test
    void concurrentRegistrationsOfOneEmailCreateExactlyOneAccount() throws Exception {
        String email = Accounts.uniqueEmail();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(8);
        try {
            java.util.concurrent.Callable<Reply> register =
                    () -> Api.post(REGISTER, null, Accounts.registration(email, Accounts.PASSWORD));
            var replies = pool.invokeAll(java.util.Collections.nCopies(8, register));
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var reply : replies) {
                statuses.add(reply.get().status());
            }
            assertEquals(1, statuses.stream().filter(s -> s == 201).count(), statuses.toString());
            assertEquals(7, statuses.stream().filter(s -> s == 409).count(), statuses.toString());
        } finally {
            pool.shutdown();
        }
        assertEquals(List.of("1"), ControlDb.strings("SELECT count(*) FROM users WHERE email = ?", email));
    }

    @Test
    void invalidFieldsAreListedBySnakeCaseName() {
        JsonObject body = Json.createObjectBuilder()
                .add("email", "not-an-email")
                .add("password", "x")
                .add("first_name", " ")
                .build();
        assertEquals(
                List.of("email", "first_name", "last_name"),
                Api.post(REGISTER, null, body).fieldErrors());
    }

    @Test
    void passwordPolicyRefusesShortCommonAndEmailPasswords() {
        String email = Accounts.uniqueEmail();
        for (String weak : List.of("short1", "password123", email, email.substring(0, email.indexOf('@')))) {
            JsonObject problem =
                    Api.post(REGISTER, null, Accounts.registration(email, weak)).expectProblem(400, "validation");
            assertEquals(
                    "password", problem.getJsonArray("errors").getJsonObject(0).getString("field"), weak);
        }
        Api.post(
                        "/api/v1/auth/login",
                        null,
                        Json.createObjectBuilder()
                                .add("email", email)
                                .add("password", "password123")
                                .build())
                .expectProblem(401, "invalid-credentials");
    }

    @Test
    void missingOrMalformedBodiesAreProblems() {
        Api.request("POST", REGISTER)
                .body("application/json", "{\"email\": ")
                .send()
                .expectProblem(400, "malformed-json");
        Api.request("POST", REGISTER).body("application/json", "").send().expectProblem(400, "malformed-json");
        assertEquals(
                List.of("body"),
                Api.request("POST", REGISTER)
                        .body("application/json", "null")
                        .send()
                        .fieldErrors());
        Api.request("POST", REGISTER).body("text/plain", "hello").send().expectProblem(415, "unsupported-media-type");
    }
}
