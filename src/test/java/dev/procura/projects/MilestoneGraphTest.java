package dev.procura.projects;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class MilestoneGraphTest {

    private final UUID a = UUID.randomUUID();
    private final UUID b = UUID.randomUUID();
    private final UUID c = UUID.randomUUID();
    /** c after b after a. */
    private final Map<UUID, List<UUID>> chain = Map.of(a, List.of(), b, List.of(a), c, List.of(b));

    @Test
    void aMilestoneAfterItsOwnSuccessorClosesACycle() {
        assertTrue(MilestoneGraph.closesCycle(a, List.of(c), chain));
        assertTrue(MilestoneGraph.closesCycle(a, List.of(a), chain));
    }

    @Test
    void predecessorsEarlierInTheChainAreFine() {
        assertFalse(MilestoneGraph.closesCycle(c, List.of(a, b), chain));
        assertFalse(MilestoneGraph.closesCycle(UUID.randomUUID(), List.of(c), chain));
        assertFalse(MilestoneGraph.closesCycle(b, List.of(), chain));
    }
}
