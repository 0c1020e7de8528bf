package dev.procura.platform.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jose4j.jwa.AlgorithmConstraints;
import org.jose4j.jws.AlgorithmIdentifiers;
import org.jose4j.jws.JsonWebSignature;
import org.jose4j.jwt.JwtClaims;
import org.jose4j.jwt.MalformedClaimException;
import org.jose4j.jwt.NumericDate;
import org.jose4j.jwt.consumer.InvalidJwtException;
import org.jose4j.jwt.consumer.JwtConsumer;
import org.jose4j.jwt.consumer.JwtConsumerBuilder;
import org.jose4j.lang.JoseException;

/**
 * Issues and verifies the RS256 access tokens, in the MicroProfile JWT format (upn, groups).
 * Verification accepts RS256 only, so {@code alg: none} and HMAC tricks fail.
 */
@ApplicationScoped
public class AccessTokens {

    @Inject
    Clock clock;

    @Inject
    SigningKeys keys;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.issuer", defaultValue = "https://procura.dev")
    String issuer;

    @Inject
    @ConfigProperty(name = "mp.jwt.verify.audiences", defaultValue = "procura-api")
    String audience;

    @Inject
    @ConfigProperty(name = "procura.jwt.access-token-ttl", defaultValue = "PT15M")
    Duration accessTokenTtl;

    private volatile JwtConsumer consumer;

    public record Issued(String token, Instant expiresAt) {}

    public Issued issue(UUID userId, String email, Set<String> groups, UUID sessionId) {
        Instant now = clock.instant();
        Instant expiresAt = now.plus(accessTokenTtl);
        JwtClaims claims = new JwtClaims();
        claims.setIssuer(issuer);
        claims.setAudience(audience);
        claims.setSubject(userId.toString());
        claims.setClaim("upn", email);
        claims.setStringListClaim("groups", List.copyOf(groups));
        claims.setClaim("sid", sessionId.toString());
        claims.setJwtId(UUID.randomUUID().toString());
        claims.setIssuedAt(NumericDate.fromMilliseconds(now.toEpochMilli()));
        claims.setExpirationTime(NumericDate.fromMilliseconds(expiresAt.toEpochMilli()));

        JsonWebSignature jws = new JsonWebSignature();
        jws.setPayload(claims.toJson());
        jws.setKey(keys.signingKey().getPrivateKey());
        jws.setKeyIdHeaderValue(keys.signingKey().getKeyId());
        jws.setAlgorithmHeaderValue(AlgorithmIdentifiers.RSA_USING_SHA256);
        jws.setHeader("typ", "JWT");
        try {
            return new Issued(jws.getCompactSerialization(), expiresAt);
        } catch (JoseException e) {
            throw new IllegalStateException("Cannot sign an access token", e);
        }
    }

    public Duration accessTokenTtl() {
        return accessTokenTtl;
    }

    /** The verified claims of a token, or an exception saying why it is refused. */
    public Caller verify(String token) throws InvalidTokenException {
        try {
            JwtClaims claims = consumer().processToClaims(token);
            UUID userId = UUID.fromString(claims.getSubject());
            UUID sessionId = UUID.fromString(claims.getStringClaimValue("sid"));
            List<String> groups = claims.hasClaim("groups") ? claims.getStringListClaimValue("groups") : List.of();
            return new Caller(userId, claims.getStringClaimValue("upn"), Set.copyOf(groups), sessionId);
        } catch (InvalidJwtException e) {
            throw new InvalidTokenException(
                    e.hasExpired() ? "The access token has expired" : "The access token is not valid");
        } catch (MalformedClaimException | IllegalArgumentException | NullPointerException e) {
            throw new InvalidTokenException("The access token is not valid");
        }
    }

    private JwtConsumer consumer() {
        if (consumer == null) {
            consumer = new JwtConsumerBuilder()
                    .setRequireExpirationTime()
                    .setRequireIssuedAt()
                    .setRequireSubject()
                    .setRequireJwtId()
                    .setAllowedClockSkewInSeconds(30)
                    .setExpectedIssuer(issuer)
                    .setExpectedAudience(audience)
                    .setVerificationKey(keys.signingKey().getPublicKey())
                    .setJwsAlgorithmConstraints(
                            AlgorithmConstraints.ConstraintType.PERMIT, AlgorithmIdentifiers.RSA_USING_SHA256)
                    .build();
        }
        return consumer;
    }

    public static final class InvalidTokenException extends Exception {
        public InvalidTokenException(String message) {
            super(message);
        }
    }
}
