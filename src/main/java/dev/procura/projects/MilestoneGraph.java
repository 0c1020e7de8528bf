package dev.procura.projects;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** The predecessor graph of a project's milestones: whether new predecessors of one would close a cycle. */
final class MilestoneGraph {

    private MilestoneGraph() {}

    /**
     * Whether giving {@code milestone} the {@code predecessors} makes a cycle, given every
     * milestone's current predecessors in {@code graph}: true when the milestone is among them, or
     * reachable from one of them along predecessor links.
     */
    static boolean closesCycle(UUID milestone, List<UUID> predecessors, Map<UUID, List<UUID>> graph) {
        Deque<UUID> toVisit = new ArrayDeque<>(predecessors);
        Set<UUID> seen = new HashSet<>();
        while (!toVisit.isEmpty()) {
            UUID next = toVisit.pop();
            if (next.equals(milestone)) {
                return true;
            }
            if (seen.add(next)) {
                toVisit.addAll(graph.getOrDefault(next, List.of()));
            }
        }
        return false;
    }
}
