package dev.procura.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A single-use token mailed to a user, kept only as its SHA-256 hash: it proves the holder reads
 * the account's mailbox (a password reset, an email verification).
 */
@Entity
@Table(name = "user_tokens")
public class UserToken {

    public enum Purpose {
        PASSWORD_RESET,
        EMAIL_VERIFICATION
    }

    @Id
    @Column(name = "token_hash")
    private String tokenHash;

    @Column(name = "user_id")
    private UUID userId;

    @Enumerated(EnumType.STRING)
    private Purpose purpose;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "expires_at")
    private Instant expiresAt;

    @Column(name = "used_at")
    private Instant usedAt;

    protected UserToken() {}

    public UserToken(String tokenHash, UUID userId, Purpose purpose, Instant now, Duration validFor) {
        this.tokenHash = tokenHash;
        this.userId = userId;
        this.purpose = purpose;
        this.createdAt = now;
        this.expiresAt = now.plus(validFor);
    }

    /** Neither used (nor replaced by a newer one) nor past its expiry, and for this purpose. */
    public boolean isUsable(Purpose wanted, Instant now) {
        return purpose == wanted && usedAt == null && now.isBefore(expiresAt);
    }

    /** Spends the token; returns false when it was not usable for this purpose at {@code now}. */
    public boolean use(Purpose wanted, Instant now) {
        if (!isUsable(wanted, now)) {
            return false;
        }
        usedAt = now;
        return true;
    }

    public UUID userId() {
        return userId;
    }

    public Instant expiresAt() {
        return expiresAt;
    }
}
