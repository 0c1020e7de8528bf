package dev.procura.tenants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.tenancy.TenantAccess.TenantStatus;
import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TenantTest {

    private static final Instant CREATED = Instant.parse("2026-03-01T09:00:00Z");
    private static final Instant LATER = Instant.parse("2026-03-02T09:00:00Z");
    private static final UUID ID = UUID.randomUUID();

    private static Tenant tenantIn(TenantStatus status) {
        Tenant tenant = new Tenant(ID, "Acme", UUID.randomUUID(), CREATED);
        switch (status) {
            case ACTIVE -> {}
            case SUSPENDED -> tenant.suspend(CREATED);
            case DELETED -> tenant.delete(CREATED);
        }
        assertEquals(status, tenant.status());
        return tenant;
    }

    @Test
    void aNewTenantIsActiveWithAStrippedName() {
        Tenant tenant = new Tenant(ID, "  Acme Corp \n", UUID.randomUUID(), CREATED);

        assertEquals(ID, tenant.id());
        assertEquals("Acme Corp", tenant.name());
        assertEquals(TenantStatus.ACTIVE, tenant.status());
        assertEquals(CREATED, tenant.createdAt());
        assertEquals(CREATED, tenant.updatedAt());
        assertNull(tenant.deletedAt());
    }

    @Test
    void renameStripsAndStampsTheTime() {
        Tenant tenant = tenantIn(TenantStatus.ACTIVE);

        tenant.rename(" Acme Iberia ", LATER);

        assertEquals("Acme Iberia", tenant.name());
        assertEquals(LATER, tenant.updatedAt());
    }

    @Test
    void deletingKeepsWhenAndRestoringForgetsIt() {
        Tenant tenant = tenantIn(TenantStatus.SUSPENDED);

        tenant.delete(LATER);
        assertEquals(TenantStatus.DELETED, tenant.status());
        assertEquals(LATER, tenant.deletedAt());

        tenant.restore(LATER.plusSeconds(60));
        assertEquals(TenantStatus.ACTIVE, tenant.status());
        assertNull(tenant.deletedAt());
        assertEquals(LATER.plusSeconds(60), tenant.updatedAt());
    }

    enum Action {
        SUSPEND(TenantStatus.SUSPENDED, Tenant::suspend, EnumSet.of(TenantStatus.ACTIVE)),
        RESUME(TenantStatus.ACTIVE, Tenant::resume, EnumSet.of(TenantStatus.SUSPENDED)),
        DELETE(TenantStatus.DELETED, Tenant::delete, EnumSet.of(TenantStatus.ACTIVE, TenantStatus.SUSPENDED)),
        RESTORE(TenantStatus.ACTIVE, Tenant::restore, EnumSet.of(TenantStatus.DELETED));

        final TenantStatus target;
        final BiConsumer<Tenant, Instant> perform;
        final Set<TenantStatus> allowedFrom;

        Action(TenantStatus target, BiConsumer<Tenant, Instant> perform, Set<TenantStatus> allowedFrom) {
            this.target = target;
            this.perform = perform;
            this.allowedFrom = allowedFrom;
        }
    }

    static Stream<Arguments> everyActionFromEveryStatus() {
        return Stream.of(Action.values())
                .flatMap(action -> Stream.of(TenantStatus.values()).map(from -> Arguments.of(action, from)));
    }

    @ParameterizedTest(name = "{0} from {1}")
    @MethodSource("everyActionFromEveryStatus")
    void eachLifecycleActionIsAllowedOnlyFromItsStatuses(Action action, TenantStatus from) {
        Tenant tenant = tenantIn(from);

        if (action.allowedFrom.contains(from)) {
            action.perform.accept(tenant, LATER);
            assertEquals(action.target, tenant.status());
            assertEquals(LATER, tenant.updatedAt());
        } else {
            var refused = assertThrows(Failure.Conflict.class, () -> action.perform.accept(tenant, LATER));
            assertEquals(ProblemType.INVALID_STATE, refused.type());
            assertEquals("The tenant is " + from.name().toLowerCase(java.util.Locale.ROOT), refused.getMessage());
            assertEquals(from, tenant.status());
            assertEquals(CREATED, tenant.updatedAt());
        }
    }
}
