package dev.procura.support;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.util.UUID;

/** Fresh accounts for each test, so tests are independent and can run in any order. */
public final class Accounts {

    public static final String PASSWORD = "Plenty-of-entropy-42";

    private Accounts() {}

    public record Account(UUID id, String email, String password) {}

    /** Tokens of one signed-in session. */
    public record Login(String accessToken, String refreshToken, JsonObject body) {
        public String sessionId() {
            return Tokens.claims(accessToken).getString("sid");
        }
    }

    public static String uniqueEmail() {
        return "user-" + UUID.randomUUID() + "@example.com";
    }

    public static JsonObject registration(String email, String password) {
        return Json.createObjectBuilder()
                .add("email", email)
                .add("password", password)
                .add("first_name", "Test")
                .add("last_name", "User")
                .build();
    }

    public static Account register() {
        String email = uniqueEmail();
        JsonObject user = Api.post("/api/v1/auth/register", null, registration(email, PASSWORD))
                .expect(201)
                .json();
        return new Account(UUID.fromString(user.getJsonObject("user").getString("id")), email, PASSWORD);
    }

    public static Reply attemptLogin(String email, String password, String forwardedFor) {
        Api.Request request = Api.request("POST", "/api/v1/auth/login")
                .json(Json.createObjectBuilder()
                        .add("email", email)
                        .add("password", password)
                        .build());
        if (forwardedFor != null) {
            request.header("X-Forwarded-For", forwardedFor);
        }
        return request.send();
    }

    public static Login login(Account account) {
        JsonObject body = attemptLogin(account.email(), account.password(), null)
                .expect(200)
                .json();
        return new Login(body.getString("access_token"), body.getString("refresh_token"), body);
    }

    /** A documentation-range address (RFC 5737), unique enough to keep throttling tests apart. */
    public static String randomClientAddress() {
        var random = java.util.concurrent.ThreadLocalRandom.current();
        return "198.51." + random.nextInt(0, 256) + "." + random.nextInt(1, 255);
    }
}
