package dev.procura.identity;

import dev.procura.identity.AdminUserViews.AdminMembershipView;
import dev.procura.identity.AdminUserViews.AdminUserSummary;
import dev.procura.identity.AdminUserViews.AdminUserView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.MembershipDirectory;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What platform administrators do to accounts: find them, deactivate and reactivate them, force
 * a password reset. Deactivating or forcing a reset ends every session of the user on every
 * server as the transaction commits; memberships stay.
 */
@ApplicationScoped
public class AdminUserService {

    @Inject
    Clock clock;

    @Inject
    UserRepository users;

    @Inject
    SessionRepository sessionRows;

    @Inject
    SessionService sessions;

    @Inject
    PasswordResetService passwordResets;

    @Inject
    AccountMessages messages;

    @Inject
    UserEvents events;

    @Inject
    ControlTransaction transaction;

    @Inject
    Instance<MembershipDirectory> memberships;

    /** {@code status}: "active", "deactivated" or null for both. */
    public Page<AdminUserSummary> search(String text, String status, int page, int perPage) {
        Boolean deactivated = status == null ? null : "deactivated".equals(status);
        List<AdminUserSummary> items = users.search(text, deactivated, (page - 1) * perPage, perPage).stream()
                .map(AdminUserSummary::of)
                .toList();
        return new Page<>(items, page, perPage, users.count(text, deactivated));
    }

    public AdminUserView get(UUID userId) {
        User user = existing(userId);
        return AdminUserView.of(user, sessionRows.lastOpenedBy(userId).orElse(null), membershipsOf(userId));
    }

    public AdminUserView deactivate(Caller admin, UUID userId) {
        if (admin.userId().equals(userId)) {
            throw new Failure.Conflict(
                    ProblemType.CANNOT_DEACTIVATE_SELF, "A platform administrator cannot deactivate themself");
        }
        transaction.run(() -> {
            User user = locked(userId);
            if (!user.deactivate(clock.instant())) {
                throw new Failure.InvalidTransition("The user", "deactivated", "deactivated");
            }
            users.announceChanged(userId);
            int revoked = sessions.revokeAll(userId, "user-deactivated");
            events.publish("user.deactivated", user, Map.of("sessions_revoked", revoked));
        });
        return get(userId);
    }

    public AdminUserView reactivate(UUID userId) {
        transaction.run(() -> {
            User user = locked(userId);
            if (!user.reactivate(clock.instant())) {
                throw new Failure.InvalidTransition("The user", "active", "reactivated");
            }
            users.announceChanged(userId);
            events.publish("user.reactivated", user, Map.of());
        });
        return get(userId);
    }

    /** The current password stops working, every session ends, and a reset token is mailed to the user. */
    public AdminUserView forcePasswordReset(UUID userId) {
        AccountMessages.Message message = transaction.call(() -> {
            User user = locked(userId);
            user.requirePasswordReset(clock.instant());
            users.announceChanged(userId);
            sessions.revokeAll(userId, "password-reset-forced");
            return passwordResets.issueForced(user);
        });
        messages.sendLater(message);
        return get(userId);
    }

    private List<AdminMembershipView> membershipsOf(UUID userId) {
        if (memberships.isUnsatisfied()) {
            return List.of();
        }
        return memberships.get().membershipsOf(userId).stream()
                .map(m -> new AdminMembershipView(m.tenantId(), m.tenantName(), m.role()))
                .toList();
    }

    private User existing(UUID userId) {
        return users.find(userId).orElseThrow(() -> new Failure.NotFound("No user " + userId));
    }

    private User locked(UUID userId) {
        return users.lock(userId).orElseThrow(() -> new Failure.NotFound("No user " + userId));
    }
}
