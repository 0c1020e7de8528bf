package dev.procura.identity;

import dev.procura.identity.IdentityViews.UserTenantView;
import dev.procura.identity.IdentityViews.UserView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.security.Caller;
import dev.procura.platform.security.PasswordHasher;
import dev.procura.platform.tenancy.MembershipDirectory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Registration and the signed-in user's own profile, password and tenants. */
@ApplicationScoped
public class UserService {

    @Inject
    Clock clock;

    @Inject
    UserRepository users;

    @Inject
    PasswordPolicy policy;

    @Inject
    PasswordHasher hasher;

    @Inject
    SessionService sessions;

    @Inject
    SecurityEventLog events;

    @Inject
    ControlTransaction transaction;

    @Inject
    IdentityCache cache;

    @Inject
    Instance<MembershipDirectory> memberships;

    /** Creates the account; the caller opens its first session ({@link AuthService#register}). */
    User register(IdentityRequests.Register request) {
        policy.refusal(request.password(), request.email()).ifPresent(reason -> {
            throw new Failure.InvalidInput("password", reason);
        });
        // No look-up first: the unique index decides, so two registrations racing get one 201 and one 409.
        User user = new User(
                request.email(),
                hasher.hash(request.password()),
                request.firstName(),
                request.lastName(),
                Set.of(),
                clock.instant());
        try {
            transaction.run(() -> users.add(user));
        } catch (PersistenceException e) {
            if (isUniqueViolation(e)) {
                throw emailTaken();
            }
            throw e;
        }
        events.record(SecurityEvent.Type.REGISTERED, user.id(), user.email(), null, null);
        return user;
    }

    public UserView me(Caller caller) {
        return cache.user(caller.userId(), () -> UserView.of(existing(caller.userId())));
    }

    public UserView updateProfile(Caller caller, IdentityRequests.UpdateProfile request) {
        return transaction.call(() -> {
            User user = users.lock(caller.userId()).orElseThrow(() -> notFound(caller.userId()));
            user.rename(request.firstName(), request.lastName(), clock.instant());
            users.announceChanged(user.id());
            return UserView.of(user);
        });
    }

    /** Checks the current password, sets the new one and ends every other session of the user. */
    public void changePassword(Caller caller, IdentityRequests.ChangePassword request) {
        User user = existing(caller.userId());
        if (!hasher.verify(request.currentPassword(), user.passwordHash())) {
            throw new Failure.InvalidInput("current_password", "is incorrect");
        }
        policy.refusal(request.newPassword(), user.email()).ifPresent(reason -> {
            throw new Failure.InvalidInput("new_password", reason);
        });
        String newHash = hasher.hash(request.newPassword());
        int revoked = transaction.call(() -> {
            users.lock(user.id()).orElseThrow(() -> notFound(user.id())).changePasswordHash(newHash, clock.instant());
            users.announceChanged(user.id());
            return sessions.revokeOthers(user.id(), caller.sessionId(), "password-changed");
        });
        events.record(
                SecurityEvent.Type.PASSWORD_CHANGED,
                user.id(),
                user.email(),
                caller.sessionId(),
                revoked + " other sessions revoked");
    }

    public void revokeSession(Caller caller, UUID sessionId) {
        sessions.revoke(caller.userId(), sessionId, "revoked-by-user");
        events.record(SecurityEvent.Type.SESSION_REVOKED, caller.userId(), caller.email(), sessionId, null);
    }

    /** For other capabilities: the account with this email, if any. */
    public java.util.Optional<UserView> findByEmail(String email) {
        return users.findByEmail(email).map(UserView::of);
    }

    /** For other capabilities: the accounts with these ids. */
    public java.util.Map<UUID, UserView> byIds(java.util.Collection<UUID> ids) {
        return users.findAll(ids).stream().collect(java.util.stream.Collectors.toMap(User::id, UserView::of));
    }

    public List<UserTenantView> tenantsOf(UUID userId) {
        if (memberships.isUnsatisfied()) {
            return List.of();
        }
        return memberships.get().membershipsOf(userId).stream()
                .map(m -> new UserTenantView(m.tenantId(), m.tenantName(), m.role()))
                .toList();
    }

    /** A user as the user themself or a platform administrator sees it; to anyone else, not found. */
    public UserView get(Caller caller, UUID userId) {
        if (!caller.userId().equals(userId) && !caller.isPlatformAdmin()) {
            throw notFound(userId);
        }
        return userId.equals(caller.userId()) ? me(caller) : UserView.of(existing(userId));
    }

    private User existing(UUID userId) {
        return users.find(userId).orElseThrow(() -> notFound(userId));
    }

    private static Failure notFound(UUID userId) {
        return new Failure.NotFound("No user " + userId);
    }

    private static Failure emailTaken() {
        return new Failure.Conflict(ProblemType.EMAIL_TAKEN, "An account with this email already exists");
    }

    private static boolean isUniqueViolation(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }
}
