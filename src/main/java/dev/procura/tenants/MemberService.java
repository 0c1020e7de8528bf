package dev.procura.tenants;

import dev.procura.identity.IdentityViews.UserView;
import dev.procura.identity.UserFacts;
import dev.procura.identity.UserService;
import dev.procura.plans.CurrentPlans;
import dev.procura.plans.Plan;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.quotas.Meter;
import dev.procura.platform.quotas.Quotas;
import dev.procura.platform.web.Page;
import dev.procura.tenants.TenantViews.MemberView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/** Who belongs to a tenant and with which role. A tenant always keeps at least one admin. */
@ApplicationScoped
public class MemberService {

    @Inject
    Clock clock;

    @Inject
    TenantRepository tenants;

    @Inject
    TenantService tenantService;

    @Inject
    UserService users;

    @Inject
    ControlTransaction transaction;

    @Inject
    TenantAccessDirectory access;

    @Inject
    TenantEvents events;

    @Inject
    Quotas quotas;

    @Inject
    CurrentPlans plans;

    @Inject
    UserFacts userFacts;

    public Page<MemberView> list(UUID tenantId, int page, int perPage) {
        return new Page<>(
                tenantService.membersPage(tenantId, (page - 1) * perPage, perPage),
                page,
                perPage,
                tenants.countMembers(tenantId));
    }

    public MemberView add(UUID tenantId, TenantRequests.AddMember request) {
        UserView user = users.findByEmail(request.email())
                .orElseThrow(
                        () -> new Failure.InvalidInput("email", "no user with this email; they must register first"));
        MemberView added = transaction.call(() -> {
            requireRole(tenantId, request.role());
            if (tenants.membership(tenantId, user.id()).isPresent()) {
                throw new Failure.Conflict(ProblemType.ALREADY_MEMBER, "This user is already a member");
            }
            requireVerifiedIfThePlanSays(tenantId, user.id());
            quotas.admit(tenantId, Meter.MEMBERS, 1);
            Membership membership = new Membership(tenantId, user.id(), request.role(), clock.instant());
            tenants.add(membership);
            tenants.invalidateAccess(tenantId);
            events.publish(
                    "member.added",
                    tenantId,
                    user.id().toString(),
                    Map.of("user_id", user.id(), "email", user.email(), "role", request.role()));
            return MemberView.of(membership, user);
        });
        access.evict(tenantId);
        return added;
    }

    public MemberView changeRole(UUID tenantId, UUID userId, TenantRequests.ChangeRole request) {
        MemberView changed = transaction.call(() -> {
            requireRole(tenantId, request.role());
            var admins = tenants.lockAdmins(tenantId);
            Membership membership = tenants.lockMembership(tenantId, userId).orElseThrow(() -> notMember(userId));
            if (membership.isAdmin() && !SystemRoles.ADMIN.equals(request.role()) && admins.size() <= 1) {
                throw lastAdmin();
            }
            String before = membership.role();
            membership.changeRole(request.role(), clock.instant());
            events.publish(
                    "member.role_changed",
                    tenantId,
                    userId.toString(),
                    Map.of("user_id", userId, "role_before", before, "role", request.role()));
            tenants.invalidateAccess(tenantId);
            return MemberView.of(
                    membership, users.byIds(java.util.List.of(userId)).get(userId));
        });
        access.evict(tenantId);
        return changed;
    }

    public void remove(UUID tenantId, UUID userId) {
        transaction.run(() -> {
            var admins = tenants.lockAdmins(tenantId);
            Membership membership = tenants.lockMembership(tenantId, userId).orElseThrow(() -> notMember(userId));
            if (membership.isAdmin() && admins.size() <= 1) {
                throw lastAdmin();
            }
            tenants.remove(membership);
            events.publish(
                    "member.removed",
                    tenantId,
                    userId.toString(),
                    Map.of("user_id", userId, "role", membership.role()));
            tenants.invalidateAccess(tenantId);
        });
        access.evict(tenantId);
    }

    /** The role exists in this tenant: a system role or one of its custom roles. */
    void requireRole(UUID tenantId, String role) {
        requireRole(tenantId, role, "role");
    }

    void requireRole(UUID tenantId, String role, String field) {
        if (!SystemRoles.isSystem(role) && tenants.customRole(tenantId, role).isEmpty()) {
            throw new Failure.InvalidInput(field, "no such role in this tenant");
        }
    }

    static Failure notMember(UUID userId) {
        return new Failure.NotFound("User " + userId + " is not a member of this tenant");
    }

    static Failure lastAdmin() {
        return new Failure.Conflict(ProblemType.LAST_ADMIN, "A tenant must keep at least one admin");
    }

    private void requireVerifiedIfThePlanSays(UUID tenantId, UUID userId) {
        boolean required =
                plans.of(tenantId).plan().map(Plan::requiresVerifiedEmail).orElse(false);
        if (required && !userFacts.isEmailVerified(userId)) {
            throw new Failure.Conflict(
                    ProblemType.EMAIL_NOT_VERIFIED,
                    "The tenant's plan requires members with a verified email address; this user has not verified theirs");
        }
    }
}
