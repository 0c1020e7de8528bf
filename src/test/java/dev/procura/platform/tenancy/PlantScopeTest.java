package dev.procura.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** How a member's tenant-wide and plant-scoped grants decide which records they reach. */
class PlantScopeTest {

    private static final String READ = Permissions.PURCHASING_READ;
    private static final String WRITE = Permissions.PURCHASING_WRITE;
    private static final UUID A = UUID.randomUUID();
    private static final UUID B = UUID.randomUUID();
    private static final UUID C = UUID.randomUUID();

    private static TenantAccess.Access access(Set<String> tenantWide, Map<Set<String>, Set<UUID>> scoped) {
        return new TenantAccess.Access(
                UUID.randomUUID(),
                TenantAccess.TenantStatus.ACTIVE,
                "viewer",
                tenantWide,
                null,
                PlantGrants.of(tenantWide, scoped));
    }

    @Test
    void aTenantWidePermissionReachesEveryPlantAndPlantlessRecords() {
        PlantScope scope = PlantScope.of(access(Set.of(READ, WRITE), Map.of()), WRITE);

        assertTrue(scope.everywhere());
        assertTrue(scope.includes(A));
        assertTrue(scope.includes(null));
        assertFalse(scope.isEmpty());
    }

    @Test
    void aPermissionHeldAtSomePlantsReachesOnlyTheirRecordsAndNoPlantlessOne() {
        PlantScope scope = PlantScope.of(access(Set.of(), Map.of(Set.of(READ, WRITE), Set.of(A, B))), WRITE);

        assertFalse(scope.everywhere());
        assertTrue(scope.includes(A));
        assertTrue(scope.includes(B));
        assertFalse(scope.includes(C));
        assertFalse(scope.includes(null), "plant-less records need the permission tenant-wide");
    }

    @Test
    void viewerTenantWideAndBuyerAtAReadsEverywhereButWritesOnlyAtA() {
        TenantAccess.Access access = access(Set.of(READ), Map.of(Set.of(READ, WRITE), Set.of(A)));

        assertTrue(PlantScope.of(access, READ).includes(B));
        assertTrue(PlantScope.of(access, WRITE).includes(A));
        assertFalse(PlantScope.of(access, WRITE).includes(B));
        assertFalse(access.plantGrants().holds(READ), "held tenant-wide, so not listed as a plant grant");
        assertTrue(access.plantGrants().holds(WRITE));
    }

    @Test
    void plantScopedRolesAddUpPerPermission() {
        PlantGrants grants = PlantGrants.of(Set.of(), Map.of(Set.of(READ, WRITE), Set.of(A), Set.of(READ), Set.of(B)));

        assertEquals(Set.of(A, B), grants.plantsFor(READ));
        assertEquals(Set.of(A), grants.plantsFor(WRITE));
        assertEquals(Set.of(), grants.plantsFor(Permissions.CONFIG_MANAGE));
        assertFalse(grants.holds(Permissions.CONFIG_MANAGE));
    }

    @Test
    void aPermissionHeldNowhereReachesNothing() {
        PlantScope scope = PlantScope.of(access(Set.of(READ), Map.of()), WRITE);

        assertTrue(scope.isEmpty());
        assertFalse(scope.includes(A));
        assertFalse(scope.includes(null));
        assertEquals(PlantGrants.NONE, PlantGrants.of(Set.of(READ), Map.of(Set.of(READ), Set.of(A))));
    }

    @Test
    void aWriteOutsideTheGrantIsPlantAccessDeniedNamingThePlant() {
        Failure atB = PlantAccess.denied(WRITE, B);
        assertEquals(ProblemType.PLANT_ACCESS_DENIED, atB.type());
        assertEquals(Map.of("plant_id", B), atB.facts());

        Failure plantless = PlantAccess.denied(WRITE, null);
        assertEquals(ProblemType.PLANT_ACCESS_DENIED, plantless.type());
        assertEquals(Map.of(), plantless.facts());
        assertEquals(403, plantless.kind().status());
        assertThrows(
                IllegalArgumentException.class,
                () -> new Failure.Forbidden(ProblemType.PLANT_ACCESS_DENIED, "x", Map.of("nope", 1)));
    }
}
