package dev.procura.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Set;
import java.util.UUID;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.NumericDate;
import org.jose4j.keys.HmacKey;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Access tokens: what is issued verifies to the same caller; anything else is refused with a reason. */
class AccessTokensTest {

    private static final UUID USER = UUID.randomUUID();
    private static final UUID SESSION = UUID.randomUUID();

    private static SigningKeys keys;
    private static SigningKeys otherKeys;

    @BeforeAll
    static void keys(@TempDir Path directory) throws Exception {
        keys = SigningKeysTest.keys("prod", pem(), null, directory.resolve("a.pem"));
        otherKeys = SigningKeysTest.keys("prod", pem(), null, directory.resolve("b.pem"));
    }

    private static String pem() throws Exception {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
        generator.initialize(2048);
        return SigningKeysTest.pem(
                "PRIVATE KEY", generator.generateKeyPair().getPrivate().getEncoded());
    }

    private static AccessTokens tokens(SigningKeys signingKeys, Instant now, String issuer, String audience) {
        AccessTokens tokens = new AccessTokens();
        tokens.clock = Clock.fixed(now, ZoneOffset.UTC);
        tokens.keys = signingKeys;
        tokens.issuer = issuer;
        tokens.audience = audience;
        tokens.accessTokenTtl = Duration.ofMinutes(15);
        return tokens;
    }

    private static AccessTokens tokens() {
        return tokens(keys, Instant.now(), "https://procura.dev", "procura-api");
    }

    private static String refusal(AccessTokens verifier, String token) {
        return assertThrows(AccessTokens.InvalidTokenException.class, () -> verifier.verify(token))
                .getMessage();
    }

    /** A token signed with the right key but with claims of the test's choosing. */
    private static String signed(JwtClaims claims) throws Exception {
        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.signingKey().getPrivateKey());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        return jws.getCompactSerialization();
    }

    private static JwtClaims validClaims() {
        JwtClaims claims = new JwtClaims();
        claims.setIssuer("https://procura.dev");
        claims.setAudience("procura-api");
        claims.setSubject(USER.toString());
        claims.setClaim("upn", "ana@example.com");
        claims.setClaim("sid", SESSION.toString());
        claims.setGeneratedJwtId();
        claims.setIssuedAtToNow();
        claims.setExpirationTimeMinutesInTheFuture(5);
        return claims;
    }

    @Test
    void anIssuedTokenVerifiesToTheCallerItWasIssuedFor() throws Exception {
        Instant now = Instant.now();
        AccessTokens tokens = tokens(keys, now, "https://procura.dev", "procura-api");

        AccessTokens.Issued issued = tokens.issue(USER, "ana@example.com", Set.of("platform-admin", "x"), SESSION);

        assertEquals(now.plus(Duration.ofMinutes(15)), issued.expiresAt());
        assertEquals(Duration.ofMinutes(15), tokens.accessTokenTtl());
        assertEquals(
                new Caller(USER, "ana@example.com", Set.of("platform-admin", "x"), SESSION),
                tokens.verify(issued.token()));
        JsonWebSignature jws = new JsonWebSignature();
        jws.setCompactSerialization(issued.token());
        assertEquals("RS256", jws.getAlgorithmHeaderValue());
        assertEquals(keys.signingKey().getKeyId(), jws.getKeyIdHeaderValue());
        assertEquals("JWT", jws.getHeader("typ"));
    }

    @Test
    void anExpiredTokenIsRefusedAsExpired() {
        String token = tokens(keys, Instant.now().minus(Duration.ofHours(1)), "https://procura.dev", "procura-api")
                .issue(USER, "ana@example.com", Set.of(), SESSION)
                .token();

        assertEquals("The access token has expired", refusal(tokens(), token));
    }

    @Test
    void tokensOfAnotherKeyIssuerOrAudienceAreNotValid() {
        Instant now = Instant.now();
        String otherKey = tokens(otherKeys, now, "https://procura.dev", "procura-api")
                .issue(USER, "a@example.com", Set.of(), SESSION)
                .token();
        String otherIssuer = tokens(keys, now, "https://evil.example", "procura-api")
                .issue(USER, "a@example.com", Set.of(), SESSION)
                .token();
        String otherAudience = tokens(keys, now, "https://procura.dev", "another-api")
                .issue(USER, "a@example.com", Set.of(), SESSION)
                .token();

        assertEquals("The access token is not valid", refusal(tokens(), otherKey));
        assertEquals("The access token is not valid", refusal(tokens(), otherIssuer));
        assertEquals("The access token is not valid", refusal(tokens(), otherAudience));
        assertEquals("The access token is not valid", refusal(tokens(), "not.a.token"));
    }

    @Test
    void unsignedAndHmacTokensAreRefused() throws Exception {
        JsonWebSignature none = new JsonWebSignature();
        none.setPayload(validClaims().toJson());
        none.setAlgorithmHeaderValue(AlgorithmIdentifiers.NONE);
        none.setAlgorithmConstraints(org.jose4j.jwa.AlgorithmConstraints.NO_CONSTRAINTS);
        JsonWebSignature hmac = new JsonWebSignature();
        hmac.setPayload(validClaims().toJson());
        hmac.setAlgorithmHeaderValue(AlgorithmIdentifiers.HMAC_SHA256);
        // The HMAC trick: the public key's bytes as the shared secret.
        hmac.setKey(new HmacKey(keys.signingKey().getPublicKey().getEncoded()));

        assertEquals("The access token is not valid", refusal(tokens(), none.getCompactSerialization()));
        assertEquals("The access token is not valid", refusal(tokens(), hmac.getCompactSerialization()));
    }

    @Test
    void aTamperedPayloadIsRefused() {
        String token =
                tokens().issue(USER, "ana@example.com", Set.of(), SESSION).token();
        String[] parts = token.split("\\.", -1);
        String payload = new String(Base64.getUrlDecoder().decode(parts[1]), StandardCharsets.UTF_8)
                .replace("ana@example.com", "eve@example.com");
        String tampered = parts[0] + "."
                + Base64.getUrlEncoder().withoutPadding().encodeToString(payload.getBytes(StandardCharsets.UTF_8))
                + "." + parts[2];

        assertEquals("The access token is not valid", refusal(tokens(), tampered));
    }

    @Test
    void aSignedTokenWithoutSessionOrWithAMalformedSubjectIsNotValid() throws Exception {
        JwtClaims withoutSession = validClaims();
        withoutSession.unsetClaim("sid");
        JwtClaims malformedSubject = validClaims();
        malformedSubject.setSubject("user-1");
        JwtClaims numericSession = validClaims();
        numericSession.setClaim("sid", 42);

        assertEquals("The access token is not valid", refusal(tokens(), signed(withoutSession)));
        assertEquals("The access token is not valid", refusal(tokens(), signed(malformedSubject)));
        assertEquals("The access token is not valid", refusal(tokens(), signed(numericSession)));
    }

    @Test
    void aTokenWithoutGroupsBelongsToNoGroup() throws Exception {
        JwtClaims claims = validClaims();
        claims.setIssuedAt(NumericDate.now());

        assertEquals(Set.of(), tokens().verify(signed(claims)).groups());
    }
}
