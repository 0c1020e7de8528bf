package dev.procura.traceability;

import static dev.procura.traceability.UnitStatus.AVAILABLE;
import static dev.procura.traceability.UnitStatus.CONSUMED;
import static dev.procura.traceability.UnitStatus.QUARANTINED;
import static dev.procura.traceability.UnitStatus.RECALLED;
import static dev.procura.traceability.UnitStatus.SHIPPED;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UnitStatusTest {

    @Test
    void availableAndQuarantinedGoEitherWayByHandAndIntoRecalled() {
        assertTrue(AVAILABLE.mayBeSetTo(QUARANTINED));
        assertTrue(QUARANTINED.mayBeSetTo(AVAILABLE));
        assertTrue(AVAILABLE.mayBeSetTo(RECALLED));
        assertTrue(QUARANTINED.mayBeSetTo(RECALLED));
    }

    @Test
    void consumedAndShippedComeFromMovementsOnly() {
        assertFalse(AVAILABLE.mayBeSetTo(CONSUMED));
        assertFalse(AVAILABLE.mayBeSetTo(SHIPPED));
        assertFalse(QUARANTINED.mayBeSetTo(SHIPPED));
    }

    @Test
    void aConsumedUnitStaysConsumedAndShippedOnesMayBeRecalled() {
        for (UnitStatus next : UnitStatus.values()) {
            assertEquals(next == CONSUMED, CONSUMED.mayBeSetTo(next), next::toString);
        }
        assertTrue(SHIPPED.mayBeSetTo(RECALLED));
        assertFalse(SHIPPED.mayBeSetTo(AVAILABLE));
        assertFalse(RECALLED.mayBeSetTo(AVAILABLE));
        assertTrue(RECALLED.mayBeSetTo(QUARANTINED));
    }

    @Test
    void codesAreLowerCaseNames() {
        assertEquals(Optional.of(QUARANTINED), UnitStatus.of("quarantined"));
        assertEquals(Optional.empty(), UnitStatus.of("QUARANTINED"));
    }
}
