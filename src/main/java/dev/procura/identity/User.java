package dev.procura.identity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** A person who can sign in. Belongs to the control database, not to any tenant. */
@Entity
@Table(name = "users")
public class User {

    @Id
    private UUID id;

    private String email;

    @Column(name = "password_hash")
    private String passwordHash;

    @Column(name = "first_name")
    private String firstName;

    @Column(name = "last_name")
    private String lastName;

    @Column(name = "platform_roles")
    private String platformRoles;

    @Column(name = "failed_logins")
    private int failedLogins;

    private int lockouts;

    @Column(name = "locked_until")
    private Instant lockedUntil;

    @Column(name = "deactivated_at")
    private Instant deactivatedAt;

    @Column(name = "password_reset_required")
    private boolean passwordResetRequired;

    @Column(name = "email_verified_at")
    private Instant emailVerifiedAt;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    protected User() {}

    public User(String email, String passwordHash, String firstName, String lastName, Set<String> groups, Instant now) {
        this.id = UUID.randomUUID();
        this.email = normalizeEmail(email);
        this.passwordHash = passwordHash;
        this.firstName = firstName.strip();
        this.lastName = lastName.strip();
        this.platformRoles = String.join(",", new TreeSet<>(groups));
        this.createdAt = now;
        this.updatedAt = now;
    }

    public static String normalizeEmail(String email) {
        return email == null ? null : email.strip().toLowerCase(java.util.Locale.ROOT);
    }

    public void rename(String firstName, String lastName, Instant now) {
        this.firstName = firstName.strip();
        this.lastName = lastName.strip();
        this.updatedAt = now;
    }

    public void changePasswordHash(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.updatedAt = now;
    }

    public void grant(String group, Instant now) {
        Set<String> groups = new TreeSet<>(groups());
        if (groups.add(group)) {
            this.platformRoles = String.join(",", groups);
            this.updatedAt = now;
        }
    }

    public boolean isDeactivated() {
        return deactivatedAt != null;
    }

    /** Returns false when the user was already deactivated. */
    public boolean deactivate(Instant now) {
        if (deactivatedAt != null) {
            return false;
        }
        deactivatedAt = now;
        updatedAt = now;
        return true;
    }

    /** Returns false when the user was already active. */
    public boolean reactivate(Instant now) {
        if (deactivatedAt == null) {
            return false;
        }
        deactivatedAt = null;
        updatedAt = now;
        return true;
    }

    public boolean isPasswordResetRequired() {
        return passwordResetRequired;
    }

    /** The current password stops working for login until a reset token sets a new one. */
    public void requirePasswordReset(Instant now) {
        passwordResetRequired = true;
        updatedAt = now;
    }

    /** A new password set through a reset token: also clears a forced reset and any lockout. */
    public void resetPassword(String passwordHash, Instant now) {
        this.passwordHash = passwordHash;
        this.passwordResetRequired = false;
        succeedLogin();
        this.updatedAt = now;
    }

    public boolean isEmailVerified() {
        return emailVerifiedAt != null;
    }

    /** Returns false when the email was verified before. */
    public boolean verifyEmail(Instant now) {
        if (emailVerifiedAt != null) {
            return false;
        }
        emailVerifiedAt = now;
        updatedAt = now;
        return true;
    }

    public boolean isLocked(Instant now) {
        return lockedUntil != null && lockedUntil.isAfter(now);
    }

    /**
     * Counts a failed login; every {@code threshold} consecutive failures lock the account for
     * {@code base}, doubling with each lockout up to {@code max}. Returns true when this failure locked it.
     */
    public boolean failLogin(int threshold, Duration base, Duration max, Instant now) {
        failedLogins++;
        if (failedLogins < threshold) {
            return false;
        }
        failedLogins = 0;
        lockouts++;
        Duration lock = base.multipliedBy(1L << Math.min(lockouts - 1, 20));
        lockedUntil = now.plus(lock.compareTo(max) > 0 ? max : lock);
        return true;
    }

    /** Failures or a lockout that a successful login clears. */
    public boolean hasFailedLoginState() {
        return failedLogins > 0 || lockouts > 0 || lockedUntil != null;
    }

    public void succeedLogin() {
        failedLogins = 0;
        lockouts = 0;
        lockedUntil = null;
    }

    public Set<String> groups() {
        if (platformRoles == null || platformRoles.isBlank()) {
            return Set.of();
        }
        return Arrays.stream(platformRoles.split(",")).collect(Collectors.toUnmodifiableSet());
    }

    public UUID id() {
        return id;
    }

    public String email() {
        return email;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public String firstName() {
        return firstName;
    }

    public String lastName() {
        return lastName;
    }

    public Instant lockedUntil() {
        return lockedUntil;
    }

    public Instant deactivatedAt() {
        return deactivatedAt;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
