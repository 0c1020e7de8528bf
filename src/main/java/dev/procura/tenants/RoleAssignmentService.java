package dev.procura.tenants;

import dev.procura.plants.PlantService;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.tenants.TenantViews.AssignmentView;
import dev.procura.tenants.TenantViews.RoleAssignmentsView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The roles a member holds: their primary role (memberships.role, always tenant-wide, the one
 * the single-role API reads and changes) and further assignments, each tenant-wide or for some
 * plants. Setting them replaces them all; the tenant keeps an admin as before.
 */
@ApplicationScoped
public class RoleAssignmentService {

    @Inject
    Clock clock;

    @Inject
    TenantRepository tenants;

    @Inject
    MemberService members;

    @Inject
    PlantService plants;

    @Inject
    ControlTransaction transaction;

    @Inject
    TenantAccessDirectory access;

    @Inject
    TenantEvents events;

    public RoleAssignmentsView of(UUID tenantId, UUID userId) {
        return transaction.call(() -> {
            Membership membership =
                    tenants.membership(tenantId, userId).orElseThrow(() -> MemberService.notMember(userId));
            return view(membership.role(), userId, tenants.assignments(tenantId, userId));
        });
    }

    public RoleAssignmentsView set(UUID tenantId, UUID userId, TenantRequests.SetRoles request) {
        List<TenantRequests.Assignment> given = request.assignments();
        TenantRequests.Assignment primary = checkShape(given);
        if (tenants.membership(tenantId, userId).isEmpty()) {
            throw MemberService.notMember(userId);
        }
        Set<UUID> plantIds = new HashSet<>();
        given.forEach(a -> plantIds.addAll(a.plantIds() == null ? Set.of() : a.plantIds()));
        if (!plantIds.isEmpty()) {
            plants.requireExisting(plantIds, "assignments.plant_ids");
        }
        RoleAssignmentsView set = transaction.call(() -> {
            for (int i = 0; i < given.size(); i++) {
                members.requireRole(tenantId, given.get(i).role(), "assignments[" + i + "].role");
            }
            var admins = tenants.lockAdmins(tenantId);
            Membership membership =
                    tenants.lockMembership(tenantId, userId).orElseThrow(() -> MemberService.notMember(userId));
            if (membership.isAdmin() && !SystemRoles.ADMIN.equals(primary.role()) && admins.size() <= 1) {
                throw MemberService.lastAdmin();
            }
            Instant now = clock.instant();
            String before = membership.role();
            membership.changeRole(primary.role(), now);
            List<RoleAssignment> further = new ArrayList<>();
            for (TenantRequests.Assignment a : given) {
                if (a != primary) {
                    further.add(new RoleAssignment(tenantId, userId, a.role(), a.plantIds(), now));
                }
            }
            tenants.replaceAssignments(tenantId, userId, further);
            RoleAssignmentsView view = view(primary.role(), userId, further);
            events.publish(
                    "member.roles_changed",
                    tenantId,
                    userId.toString(),
                    Map.of(
                            "user_id",
                            userId,
                            "role_before",
                            before,
                            "role",
                            primary.role(),
                            "assignments",
                            facts(view)));
            tenants.invalidateAccess(tenantId);
            return view;
        });
        access.evict(tenantId);
        return set;
    }

    /** No role twice, at least one tenant-wide assignment: the first such is the primary role. */
    static TenantRequests.Assignment checkShape(List<TenantRequests.Assignment> given) {
        List<FieldError> errors = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        TenantRequests.Assignment primary = null;
        for (int i = 0; i < given.size(); i++) {
            TenantRequests.Assignment a = given.get(i);
            if (!seen.add(a.role())) {
                errors.add(new FieldError("assignments[" + i + "].role", "appears twice; list its plants once"));
            }
            if (primary == null && a.plantIds() == null) {
                primary = a;
            }
        }
        if (primary == null) {
            errors.add(new FieldError(
                    "assignments",
                    "at least one assignment must be tenant-wide (no plant_ids): it is the member's primary role"));
        }
        if (!errors.isEmpty()) {
            throw new Failure.InvalidInput(errors);
        }
        return primary;
    }

    private static RoleAssignmentsView view(String primary, UUID userId, List<RoleAssignment> further) {
        List<AssignmentView> all = new ArrayList<>();
        all.add(new AssignmentView(primary, true, List.of()));
        for (RoleAssignment a : further) {
            all.add(new AssignmentView(
                    a.role(), a.isTenantWide(), a.plantIds().stream().sorted().toList()));
        }
        return new RoleAssignmentsView(userId, primary, all);
    }

    private static List<Map<String, Object>> facts(RoleAssignmentsView view) {
        return view.assignments().stream()
                .map(a -> {
                    Map<String, Object> fact = new LinkedHashMap<>();
                    fact.put("role", a.role());
                    fact.put("plant_ids", a.plantIds());
                    return fact;
                })
                .toList();
    }
}
