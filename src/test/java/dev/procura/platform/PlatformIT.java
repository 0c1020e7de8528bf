package dev.procura.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Accounts;
import dev.procura.support.Api;
import dev.procura.support.Tokens;
import jakarta.json.JsonObject;
import org.jose4j.jwk.JsonWebKeySet;
import org.jose4j.jwk.PublicJsonWebKey;
import org.jose4j.jws.JsonWebSignature;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

@MicroShedTest
class PlatformIT {

    @Test
    void healthReportsTheControlDatabase() {
        Api.get("/health/live", null).expect(200);
        JsonObject ready = Api.get("/health/ready", null).expect(200).json();
        assertEquals("UP", ready.getString("status"));
        assertTrue(ready.getJsonArray("checks").toString().contains("control-database"), ready.toString());
    }

    @Test
    void jwksPublishesTheKeyThatVerifiesIssuedTokens() throws Exception {
        String token = Accounts.login(Accounts.register()).accessToken();
        JsonWebKeySet keys = new JsonWebKeySet(
                Api.get("/.well-known/jwks.json", null).expect(200).body());
        String kid = Tokens.header(token).getString("kid");
        PublicJsonWebKey key = (PublicJsonWebKey) keys.findJsonWebKey(kid, "RSA", "sig", "RS256");
        assertTrue(key != null, "the token's kid is published");
        assertTrue(key.getPrivateKey() == null, "never the private part");

        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(token);
        jws.setKey(key.getPublicKey());
        assertTrue(jws.verifySignature());
    }

    @Test
    void openApiDescribesTheIdentityEndpoints() {
        String document = Api.request("GET", "/openapi")
                .header("Accept", "application/json")
                .send()
                .expect(200)
                .body();
        for (String path : new String[] {
            "/api/v1/auth/register",
            "/api/v1/auth/login",
            "/api/v1/auth/refresh",
            "/api/v1/auth/logout",
            "/api/v1/users/me",
            "/api/v1/users/me/password",
            "/api/v1/users/me/sessions",
            "/api/v1/users/me/sessions/{id}",
            "/api/v1/users/me/tenants",
            "/.well-known/jwks.json"
        }) {
            assertTrue(document.contains("\"" + path + "\""), path);
        }
        assertTrue(document.contains("bearer"));
        Api.get("/openapi/ui/", null).expect(200);
    }

    @Test
    void metricsAreExposed() {
        String metrics = Api.get("/metrics", null).expect(200).body();
        assertTrue(
                metrics.contains("jvm") || metrics.contains("base_"),
                metrics.substring(0, Math.min(300, metrics.length())));
    }
}
