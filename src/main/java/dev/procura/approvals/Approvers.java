package dev.procura.approvals;

import dev.procura.platform.tenancy.TenantPeople;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who may decide at an approval's current level: the level's users and role members (or, once
 * escalated, the escalation target), never the requester; and, for those away, their delegates.
 */
@ApplicationScoped
public class Approvers {

    /** A person's right to decide: for themselves, or on behalf of an approver who delegated. */
    record Standing(UUID decider, UUID onBehalfOf) {}

    @Inject
    TenantPeople people;

    @Inject
    ApprovalRepository approvals;

    /** The approvers of the current level, members of the tenant, without the requester. */
    Set<UUID> of(Approval approval, WorkflowLevel level, UUID tenantId) {
        Set<UUID> approvers = new LinkedHashSet<>();
        if (approval.isEscalated()) {
            add(
                    approvers,
                    tenantId,
                    approval.escalatedToUser() == null ? List.of() : List.of(approval.escalatedToUser()),
                    approval.escalatedToRole());
        } else {
            add(
                    approvers,
                    tenantId,
                    level.approverIds() == null ? List.of() : level.approverIds(),
                    level.approverRole());
        }
        approvers.remove(approval.requestedBy());
        return approvers;
    }

    private void add(Set<UUID> approvers, UUID tenantId, List<UUID> users, String role) {
        people.members(tenantId, users).forEach(p -> approvers.add(p.userId()));
        if (role != null) {
            people.withRole(tenantId, role).forEach(p -> approvers.add(p.userId()));
        }
    }

    /** Delegates standing in today for approvers who are away: delegate → approver. */
    Map<UUID, UUID> delegates(TenantTx tx, Set<UUID> approvers) {
        Map<UUID, UUID> delegates = new LinkedHashMap<>();
        for (Delegation delegation : approvals.delegationsFrom(tx.em(), approvers, tx.today())) {
            delegates.putIfAbsent(delegation.delegateId(), delegation.userId());
        }
        return delegates;
    }

    /** Everyone to ask now: approvers and the delegates of those away, without the requester. */
    Set<UUID> recipients(TenantTx tx, Approval approval, WorkflowLevel level) {
        Set<UUID> approvers = of(approval, level, tx.tenantId());
        Set<UUID> recipients = new LinkedHashSet<>(approvers);
        recipients.addAll(delegates(tx, approvers).keySet());
        recipients.remove(approval.requestedBy());
        return recipients;
    }

    /** How the user may decide at the current level, if at all; a direct approver decides for themselves. */
    Optional<Standing> standingOf(TenantTx tx, Approval approval, WorkflowLevel level, UUID userId) {
        Set<UUID> approvers = of(approval, level, tx.tenantId());
        if (approvers.contains(userId)) {
            return Optional.of(new Standing(userId, null));
        }
        UUID represented = delegates(tx, approvers).get(userId);
        return represented == null ? Optional.empty() : Optional.of(new Standing(userId, represented));
    }
}
