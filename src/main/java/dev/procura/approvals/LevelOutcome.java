package dev.procura.approvals;

import java.util.Set;
import java.util.UUID;

/** Whether a level's approvals complete it, by its mode: any one, all, or a quorum of N. */
final class LevelOutcome {

    private LevelOutcome() {}

    /**
     * @param approvers who may decide at the level now (after any escalation)
     * @param approvedBy whose approvals were recorded at the level (for a delegate: the approver it
     *                   stood in for); each was eligible when it was given
     */
    static boolean isComplete(WorkflowLevel level, Set<UUID> approvers, Set<UUID> approvedBy) {
        return switch (level.mode()) {
            case "all" -> !approvers.isEmpty() && approvedBy.containsAll(approvers);
            case "quorum" -> approvedBy.size() >= Math.min(level.quorum(), Math.max(1, approvers.size()));
            default -> !approvedBy.isEmpty();
        };
    }
}
