package dev.procura.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

/**
 * A user's own email settings: where notifications go (null: the login email), how often
 * (immediately, or a daily or weekly digest of the unread ones) and in which language. For a
 * digest it keeps when the last one went out and when the next is due.
 */
@Entity
@Table(name = "user_email_settings")
public class EmailSettings {

    public static final String DEFAULT_LANGUAGE = "en";

    public enum Digest {
        IMMEDIATE(null),
        DAILY(Duration.ofDays(1)),
        WEEKLY(Duration.ofDays(7));

        private final Duration period;

        Digest(Duration period) {
            this.period = period;
        }

        public boolean isPeriodic() {
            return period != null;
        }

        public Duration period() {
            return period;
        }

        public String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Digest ofWireName(String name) {
            return valueOf(name.toUpperCase(Locale.ROOT));
        }
    }

    @Id
    @Column(name = "user_id")
    private UUID userId;

    @Column(name = "notification_address")
    private String notificationAddress;

    @Enumerated(EnumType.STRING)
    private Digest digest;

    private String language;

    @Column(name = "last_digest_at")
    private Instant lastDigestAt;

    @Column(name = "next_digest_at")
    private Instant nextDigestAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected EmailSettings() {}

    /** The defaults: the login email, immediate, English. */
    public static EmailSettings defaults(UUID userId) {
        EmailSettings settings = new EmailSettings();
        settings.userId = userId;
        settings.digest = Digest.IMMEDIATE;
        settings.language = DEFAULT_LANGUAGE;
        return settings;
    }

    /**
     * Sets all three. Turning a digest on starts its period now (what came before went out
     * immediately); switching between daily and weekly keeps the last digest's time; immediate
     * ends the schedule.
     */
    public void change(String notificationAddress, Digest digest, String language, Instant now) {
        this.notificationAddress = notificationAddress;
        this.language = language;
        if (!digest.isPeriodic()) {
            nextDigestAt = null;
        } else if (!this.digest.isPeriodic() || lastDigestAt == null) {
            lastDigestAt = now;
            nextDigestAt = now.plus(digest.period());
        } else if (digest != this.digest) {
            nextDigestAt = lastDigestAt.plus(digest.period());
        }
        this.digest = digest;
        this.updatedAt = now;
    }

    /** A digest went out at {@code now}: the next one is due a period later (none if digests were turned off). */
    public void digestSent(Instant now) {
        lastDigestAt = now;
        nextDigestAt = digest.isPeriodic() ? now.plus(digest.period()) : null;
    }

    public UUID userId() {
        return userId;
    }

    public String notificationAddress() {
        return notificationAddress;
    }

    public Digest digest() {
        return digest;
    }

    public String language() {
        return language;
    }

    public Instant lastDigestAt() {
        return lastDigestAt;
    }

    public Instant nextDigestAt() {
        return nextDigestAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
