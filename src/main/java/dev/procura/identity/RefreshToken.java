package dev.procura.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The hash of one refresh token. Rotated tokens are kept so that presenting one again is detected. */
@Entity
@Table(name = "refresh_tokens")
public class RefreshToken {

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "session_id")
    private UUID sessionId;

    @Column(name = "issued_at")
    private Instant issuedAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "rotated_at")
    private Instant rotatedAt;

    protected RefreshToken() {}

    public RefreshToken(String tokenHash, UUID sessionId, Instant now, Instant expiresAt) {
        this.tokenHash = tokenHash;
        this.sessionId = sessionId;
        this.issuedAt = now;
        this.expiresAt = expiresAt;
    }

    public boolean isRotated() {
        return rotatedAt != null;
    }

    public boolean isExpired(Instant now) {
        return !expiresAt.isAfter(now);
    }

    public void rotate(Instant now) {
        rotatedAt = now;
    }

    public UUID sessionId() {
        return sessionId;
    }
}
