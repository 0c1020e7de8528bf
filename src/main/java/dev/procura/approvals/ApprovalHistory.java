package dev.procura.approvals;

import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What other capabilities (analytics) may know about the course of approvals: every step taken
 * and the approvals still pending. Levels count from 1 here, as the API shows them.
 */
@ApplicationScoped
public class ApprovalHistory {

    /**
     * A step of an approval: {@code requested}, {@code approved}, {@code rejected}, {@code escalated}
     * (by a person, or by the SLA watch when {@code actorId} is null), {@code skipped} or {@code completed}.
     */
    public record Step(
            UUID approvalId, String documentType, int level, String action, UUID actorId, String comment, Instant at) {
        public boolean automatic() {
            return actorId == null;
        }
    }

    /** An approval waiting for a decision at {@code level}, since {@code levelStartedAt}. */
    public record Pending(
            UUID approvalId, String documentType, int level, Instant requestedAt, Instant levelStartedAt) {}

    /**
     * Every step of the approvals that took a step in {@code [from, to)}, including their earlier
     * steps (a level's start may lie before the period), per approval in the order taken.
     */
    public List<Step> stepsOfApprovalsActiveIn(TenantTx tx, Instant from, Instant to) {
        return tx.em()
                .createQuery(
                        "SELECT s, a.documentType FROM ApprovalStep s, Approval a WHERE a.id = s.approvalId"
                                + " AND s.approvalId IN (SELECT t.approvalId FROM ApprovalStep t"
                                + " WHERE t.createdAt >= :from AND t.createdAt < :to)"
                                + " ORDER BY s.approvalId, s.createdAt, s.id",
                        Object[].class)
                .setParameter("from", from)
                .setParameter("to", to)
                .getResultStream()
                .map(row -> {
                    ApprovalStep s = (ApprovalStep) row[0];
                    return new Step(
                            s.approvalId(),
                            (String) row[1],
                            s.level() + 1,
                            s.action(),
                            s.actorId(),
                            s.comment(),
                            s.createdAt());
                })
                .toList();
    }

    public List<Pending> pending(TenantTx tx) {
        return tx.em()
                .createQuery("SELECT a FROM Approval a WHERE a.status = 'pending' ORDER BY a.createdAt", Approval.class)
                .getResultStream()
                .map(a -> new Pending(a.id(), a.documentType(), a.level() + 1, a.createdAt(), a.levelStartedAt()))
                .toList();
    }
}
