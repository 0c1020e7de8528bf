package dev.procura.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The shape of a member's role assignments: the first tenant-wide one is primary, no role twice. */
class RoleAssignmentShapeTest {

    private static final UUID PLANT = UUID.randomUUID();

    @Test
    void theFirstTenantWideAssignmentIsThePrimaryRole() {
        TenantRequests.Assignment atPlant = new TenantRequests.Assignment("requester", Set.of(PLANT));
        TenantRequests.Assignment viewer = new TenantRequests.Assignment("viewer", null);
        TenantRequests.Assignment approver = new TenantRequests.Assignment("approver", null);

        assertSame(viewer, RoleAssignmentService.checkShape(List.of(atPlant, viewer, approver)));
    }

    @Test
    void onlyPlantScopedAssignmentsAreRefused() {
        Failure.InvalidInput refused = assertThrows(
                Failure.InvalidInput.class,
                () -> RoleAssignmentService.checkShape(
                        List.of(new TenantRequests.Assignment("requester", Set.of(PLANT)))));
        assertEquals(List.of("assignments"), fields(refused));
    }

    @Test
    void aRoleTwiceIsRefusedAtItsSecondPlace() {
        Failure.InvalidInput refused = assertThrows(
                Failure.InvalidInput.class,
                () -> RoleAssignmentService.checkShape(List.of(
                        new TenantRequests.Assignment("viewer", null),
                        new TenantRequests.Assignment("requester", Set.of(PLANT)),
                        new TenantRequests.Assignment("requester", Set.of(UUID.randomUUID())))));
        assertEquals(List.of("assignments[2].role"), fields(refused));
    }

    private static List<String> fields(Failure failure) {
        return failure.errors().stream().map(FieldError::field).toList();
    }
}
