package dev.procura.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.time.TenantCalendar;
import dev.procura.platform.time.TenantCalendars;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.lang.reflect.Proxy;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;

class TenantTransactionsTest {

    private static final Instant LATE_EVENING_UTC = Instant.parse("2026-12-04T23:30:00Z");

    private final List<String> log = new ArrayList<>();

    /** EntityManagers that record begin, commit, rollback and close. */
    private EntityManager entityManager() {
        boolean[] active = {false};
        EntityTransaction transaction = (EntityTransaction) Proxy.newProxyInstance(
                getClass().getClassLoader(),
                new Class<?>[] {EntityTransaction.class},
                (p, m, a) -> switch (m.getName()) {
                    case "begin" -> {
                        active[0] = true;
                        log.add("begin");
                        yield null;
                    }
                    case "commit", "rollback" -> {
                        active[0] = false;
                        log.add(m.getName());
                        yield null;
                    }
                    case "isActive" -> active[0];
                    default -> null;
                });
        return (EntityManager) Proxy.newProxyInstance(
                getClass().getClassLoader(), new Class<?>[] {EntityManager.class}, (p, m, a) -> switch (m.getName()) {
                    case "getTransaction" -> transaction;
                    case "close" -> {
                        log.add("close");
                        yield null;
                    }
                    default -> null;
                });
    }

    private TenantTransactions transactions() {
        TenantTransactions transactions = new TenantTransactions();
        transactions.units = new TenantUnits(
                new TenantUnits.Opener() {
                    @Override
                    public DataSource open(TenantDatabase database) {
                        return new ConnectionBudget(
                                        "fake",
                                        new ConnectionBudget.Settings(
                                                1,
                                                1,
                                                Duration.ofSeconds(1),
                                                Duration.ofMinutes(1),
                                                Duration.ofMinutes(1),
                                                Duration.ofSeconds(1)))
                                .pool("t", () -> null);
                    }

                    @Override
                    public void close(DataSource opened) {}
                },
                10,
                Duration.ofMinutes(1),
                Duration.ofSeconds(1),
                System::nanoTime);
        transactions.databases = new TenantDatabaseRepository() {
            @Override
            public java.util.Optional<TenantDatabase> find(UUID tenantId) {
                return java.util.Optional.of(new TenantDatabase(
                        tenantId, "main", "db", "owner", "enc", TenantSchema.currentVersion(), Instant.EPOCH));
            }
        };
        transactions.persistence = new TenantPersistence() {
            @Override
            public EntityManager entityManager(DataSource tenantData) {
                log.add("connection");
                return TenantTransactionsTest.this.entityManager();
            }
        };
        transactions.calendars = new TenantCalendars() {
            @Override
            public TenantCalendar of(UUID tenantId, EntityManager tenantData) {
                return new TenantCalendar(Clock.fixed(LATE_EVENING_UTC, ZoneOffset.UTC), ZoneId.of("Asia/Tokyo"));
            }
        };
        transactions.committedEvents = null;
        transactions.outbox = new dev.procura.platform.events.TenantOutbox();
        return transactions;
    }

    @Test
    void theWorkGetsItsTenantItsActorAndTheTenantsCalendar() {
        UUID tenant = UUID.randomUUID();
        UUID actor = UUID.randomUUID();
        TenantTx tx = transactions().call(tenant, actor, t -> t);
        assertEquals(tenant, tx.tenantId());
        assertEquals(actor, tx.actor());
        assertEquals(LATE_EVENING_UTC, tx.now());
        assertEquals(LocalDate.parse("2026-12-05"), tx.today(), "already the 5th in Tokyo");
        assertEquals(List.of("connection", "begin", "commit", "close"), log);
    }

    @Test
    void aNestedCallForTheSameTenantJoinsTheOuterTransaction() {
        TenantTransactions transactions = transactions();
        UUID tenant = UUID.randomUUID();
        transactions.call(tenant, null, outer -> {
            TenantTx inner = transactions.call(tenant, t -> t);
            assertSame(outer, inner);
            return null;
        });
        assertEquals(List.of("connection", "begin", "commit", "close"), log, "one connection, one transaction");
    }

    @Test
    void aNestedCallForAnotherTenantIsRefused() {
        TenantTransactions transactions = transactions();
        IllegalStateException refused = assertThrows(
                IllegalStateException.class,
                () -> transactions.call(
                        UUID.randomUUID(), null, outer -> transactions.call(UUID.randomUUID(), t -> t)));
        assertTrue(refused.getMessage().contains("nested"), refused.getMessage());
        assertEquals(List.of("connection", "begin", "rollback", "close"), log);
    }

    @Test
    void aFailedTransactionRollsBackAndTheNextCallStartsAfresh() {
        TenantTransactions transactions = transactions();
        UUID tenant = UUID.randomUUID();
        assertThrows(
                IllegalArgumentException.class,
                () -> transactions.call(tenant, null, t -> {
                    throw new IllegalArgumentException("bad");
                }));
        TenantTx second = transactions.call(tenant, null, t -> t);
        assertEquals(tenant, second.tenantId());
        assertEquals(
                List.of("connection", "begin", "rollback", "close", "connection", "begin", "commit", "close"), log);
    }
}
