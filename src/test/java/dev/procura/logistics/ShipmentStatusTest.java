package dev.procura.logistics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.logistics.ShipmentStatus.Action;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ShipmentStatusTest {

    private static Set<ShipmentStatus> from(Action action) {
        return EnumSet.allOf(ShipmentStatus.class).stream()
                .filter(action::isAllowedFrom)
                .collect(Collectors.toSet());
    }

    @Test
    void eachActionMovesFromItsStatusesOnly() {
        assertEquals(Set.of(ShipmentStatus.PLANNED), from(Action.PACK));
        assertEquals(Set.of(ShipmentStatus.PACKED), from(Action.SHIP));
        assertEquals(Set.of(ShipmentStatus.SHIPPED), from(Action.DEPART));
        assertEquals(Set.of(ShipmentStatus.SHIPPED, ShipmentStatus.IN_TRANSIT), from(Action.DELIVER));
        assertEquals(
                Set.of(ShipmentStatus.SHIPPED, ShipmentStatus.IN_TRANSIT, ShipmentStatus.DELIVERED),
                from(Action.RETURN));
    }

    @Test
    void nothingLeavesDeliveredExceptAReturnAndNothingLeavesReturned() {
        for (Action action : Action.values()) {
            assertFalse(action.isAllowedFrom(ShipmentStatus.RETURNED), action.code());
            assertEquals(action == Action.RETURN, action.isAllowedFrom(ShipmentStatus.DELIVERED), action.code());
        }
    }

    @Test
    void actionsAndStatusesReadTheirCodes() {
        assertEquals(Action.DEPART, Action.of("depart").orElseThrow());
        assertEquals(ShipmentStatus.IN_TRANSIT, Action.DEPART.into());
        assertEquals("in_transit", ShipmentStatus.IN_TRANSIT.code());
        assertTrue(Action.of("unload").isEmpty());
        assertTrue(ShipmentStatus.DELIVERED.isUnderway());
        assertFalse(ShipmentStatus.PACKED.isUnderway());
    }

    @Test
    void aCompanyPrefixLeavesTheRestOfSixteenDigitsToSerialReferences() {
        assertEquals(1_000_000_000L, Sscc.limit("9506000"));
        assertEquals(100_000L, Sscc.limit("95060001234"));
    }
}
