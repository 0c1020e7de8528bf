package dev.procura.identity;

import static java.nio.charset.StandardCharsets.UTF_8;

import dev.procura.support.Accounts;
import dev.procura.support.Api;
import dev.procura.support.Tokens;
import java.security.Key;
import java.security.KeyPairGenerator;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/** Every kind of bad token is refused with a problem+json 401, before any resource runs. */
@MicroShedTest
class AccessTokenIT {

    private Accounts.Account account;
    private Accounts.Login login;

    @BeforeEach
    void signIn() {
        account = Accounts.register();
        login = Accounts.login(account);
    }

    private JwtClaims validClaims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("https://procura.dev");
        claims.setAudience("procura-api");
        claims.setSubject(account.id().toString());
        claims.setClaim("upn", account.email());
        claims.setStringListClaim("groups", List.of("platform-admin"));
        claims.setClaim("sid", login.sessionId());
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(10);
        return claims;
    }

    private static String sign(JwtClaims claims, Key key, String algorithm) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(key);
        jws.setAlgorithmHeaderValue(algorithm);
        if (AlgorithmIdentifiers.NONE.equals(algorithm)) {
            jws.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        }
        return jws.getCompactSerialization();
    }

    @Test
    void aTokenSignedWithTheServerKeyIsAccepted() throws Exception {
        String token = sign(validClaims(), Tokens.serverSigningKey(), AlgorithmIdentifiers.RSA_USING_SHA256);
        Api.get("/api/v1/users/me", token).expect(200);
    }

    @Test
    void expiredTokensAreRefused() throws Exception {
        JwtClaims claims = validClaims();
        claims.setIssuedAt(NumericDate.fromSeconds(NumericDate.now().getValue() - 3600));
        claims.setExpirationTime(NumericDate.fromSeconds(NumericDate.now().getValue() - 600));
        String token = sign(claims, Tokens.serverSigningKey(), AlgorithmIdentifiers.RSA_USING_SHA256);
        var problem = Api.get("/api/v1/users/me", token).expectProblem(401, "invalid-token");
        org.junit.jupiter.api.Assertions.assertTrue(problem.getString("detail").contains("expired"));
    }

    @Test
    void tokensSignedWithAnotherKeyAreRefused() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        String token =
                sign(validClaims(), generator.generateKeyPair().getPrivate(), AlgorithmIdentifiers.RSA_USING_SHA256);
        Api.get("/api/v1/users/me", token).expectProblem(401, "invalid-token");
    }

    @Test
    void unsignedAndHmacTokensAreRefused() throws Exception {
        String none = sign(validClaims(), null, AlgorithmIdentifiers.NONE);
        Api.get("/api/v1/users/me", none).expectProblem(401, "invalid-token");

        String hmac = sign(validClaims(), new HmacKey(new byte[32]), AlgorithmIdentifiers.HMAC_SHA256);
        Api.get("/api/v1/users/me", hmac).expectProblem(401, "invalid-token");
    }

    @Test
    void tamperedTokensAreRefused() {
        String[] parts = login.accessToken().split("\\.", -1);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), UTF_8)
                .replace("\"groups\":[]", "\"groups\":[\"platform-admin\"]");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(UTF_8)) + "." + parts[2];
        Api.get("/api/v1/users/me", tampered).expectProblem(401, "invalid-token");
    }

    @Test
    void wrongIssuerOrAudienceIsRefused() throws Exception {
        JwtClaims otherIssuer = validClaims();
        otherIssuer.setIssuer("https://evil.example");
        Api.get("/api/v1/users/me", sign(otherIssuer, Tokens.serverSigningKey(), AlgorithmIdentifiers.RSA_USING_SHA256))
                .expectProblem(401, "invalid-token");
        JwtClaims otherAudience = validClaims();
        otherAudience.setAudience("another-api");
        Api.get(
                        "/api/v1/users/me",
                        sign(otherAudience, Tokens.serverSigningKey(), AlgorithmIdentifiers.RSA_USING_SHA256))
                .expectProblem(401, "invalid-token");
    }

    @Test
    void malformedOrMissingTokensAreRefused() {
        Api.get("/api/v1/users/me", "not.a.jwt").expectProblem(401, "invalid-token");
        Api.get("/api/v1/users/me", "garbage").expectProblem(401, "invalid-token");
        Api.request("GET", "/api/v1/users/me")
                .header("Authorization", "Basic dXNlcjpwYXNz")
                .send()
                .expectProblem(401, "unauthenticated");
        var reply = Api.get("/api/v1/users/me", null);
        reply.expectProblem(401, "unauthenticated");
        org.junit.jupiter.api.Assertions.assertEquals(
                "Bearer", reply.header("WWW-Authenticate").orElse(""));
    }
}
