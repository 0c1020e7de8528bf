package dev.procura.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.web.ProblemException;
import org.junit.jupiter.api.Test;

class StatusMachineTest {

    enum Light { RED, GREEN, AMBER }

    private final StatusMachine<Light> machine = StatusMachine.of(Light.class, "Light")
            .from(Light.RED, Light.GREEN).from(Light.GREEN, Light.AMBER).from(Light.AMBER, Light.RED).build();

    @Test
    void legalMovesPassAndReturnTheTarget() {
        assertTrue(machine.allows(Light.RED, Light.GREEN));
        assertEquals(Light.AMBER, machine.move("L1", Light.GREEN, Light.AMBER, "slowed"));
    }

    @Test
    void anIllegalMoveIsAConflictNamingTheCurrentStatus() {
        assertFalse(machine.allows(Light.RED, Light.AMBER));
        var problem = assertThrows(ProblemException.InvalidTransition.class,
                () -> machine.move("L1", Light.RED, Light.AMBER, "slowed")).problem();
        assertEquals(409, problem.status());
        assertEquals("Light L1 is red; it cannot be slowed", problem.detail());
        assertEquals("red", problem.extensions().get("current_status"));
    }

    @Test
    void requireChecksActionsThatKeepTheStatus() {
        machine.require("L1", Light.RED, "painted", Light.RED, Light.AMBER);
        assertThrows(ProblemException.InvalidTransition.class, () -> machine.require("L1", Light.GREEN, "painted", Light.RED));
    }
}
