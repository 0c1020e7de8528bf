package dev.procura.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.Failure;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ProjectStatusTest {

    @Test
    void plannedStartsOrClosesAndHoldGoesBackToActive() {
        assertEquals(Set.of(ProjectStatus.ACTIVE, ProjectStatus.CLOSED), ProjectStatus.PLANNED.next());
        assertEquals(Set.of(ProjectStatus.ON_HOLD, ProjectStatus.CLOSED), ProjectStatus.ACTIVE.next());
        assertEquals(Set.of(ProjectStatus.ACTIVE, ProjectStatus.CLOSED), ProjectStatus.ON_HOLD.next());
        assertTrue(ProjectStatus.CLOSED.next().isEmpty());
    }

    @Test
    void aPlannedProjectIsNotPutOnHold() {
        assertFalse(ProjectStatus.PLANNED.allows(ProjectStatus.ON_HOLD));
        Failure refused = assertThrows(
                Failure.InvalidTransition.class,
                () -> ProjectStatus.PLANNED.moveTo(ProjectStatus.ON_HOLD, "Project P", "put on hold"));
        assertEquals("planned", refused.facts().get("current_status"));
    }

    @Test
    void codesAreTheWireNames() {
        assertEquals("on_hold", ProjectStatus.ON_HOLD.code());
        assertEquals(ProjectStatus.ON_HOLD, ProjectStatus.of("on_hold"));
    }
}
