package dev.procura.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.web.FailureMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TenantUnitsTest {

    private final AtomicLong clock = new AtomicLong();
    private final ExecutorService threads = Executors.newCachedThreadPool();
    private final FakeOpener opener = new FakeOpener();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    /** Opens a budget-less pool per tenant; can be made slow or failing per tenant. */
    static final class FakeOpener implements TenantUnits.Opener {
        final ConnectionBudget budget = new ConnectionBudget(
                "fake",
                new ConnectionBudget.Settings(
                        1,
                        1,
                        Duration.ofSeconds(1),
                        Duration.ofMinutes(1),
                        Duration.ofMinutes(1),
                        Duration.ofSeconds(1)));
        final Map<UUID, AtomicInteger> opened = new ConcurrentHashMap<>();
        final List<DataSource> closed = new CopyOnWriteArrayList<>();
        final Map<DataSource, UUID> tenantOf = new ConcurrentHashMap<>();
        volatile CountDownLatch openGate;
        volatile CountDownLatch closeGate;
        volatile RuntimeException openFailure;

        @Override
        public DataSource open(TenantDatabase database) {
            opened.computeIfAbsent(database.tenantId(), id -> new AtomicInteger())
                    .incrementAndGet();
            await(openGate);
            RuntimeException failure = openFailure;
            if (failure != null) {
                openFailure = null;
                throw failure;
            }
            TenantPool pool = budget.pool(database.tenantId().toString(), () -> {
                throw new java.sql.SQLException("no database here", "08001");
            });
            tenantOf.put(pool, database.tenantId());
            return pool;
        }

        @Override
        public void close(DataSource opened) {
            await(closeGate);
            closed.add(opened);
        }

        int timesOpened(UUID tenant) {
            AtomicInteger count = opened.get(tenant);
            return count == null ? 0 : count.get();
        }

        boolean isClosed(UUID tenant) {
            return closed.stream().anyMatch(ds -> tenant.equals(tenantOf.get(ds)));
        }

        private static void await(CountDownLatch gate) {
            if (gate != null) {
                try {
                    gate.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
    }

    private TenantUnits units(int maxUnits, Duration acquireTimeout) {
        return new TenantUnits(
                opener, maxUnits, Duration.ofMinutes(10), acquireTimeout, () -> System.nanoTime() + clock.get());
    }

    private static Supplier<TenantDatabase> placement(UUID tenant) {
        return () -> new TenantDatabase(
                tenant,
                "main",
                TenantDatabase.databaseNameOf(tenant),
                "owner",
                "enc",
                TenantSchema.currentVersion(),
                Instant.EPOCH);
    }

    private static void use(TenantUnits units, UUID tenant) {
        units.lease(tenant, placement(tenant)).close();
    }

    @Test
    void aTenantIsOpenedOnceAndThenServedFromItsOpenUnit() {
        TenantUnits units = units(10, Duration.ofSeconds(1));
        UUID tenant = UUID.randomUUID();
        AtomicInteger placementsAsked = new AtomicInteger();
        Supplier<TenantDatabase> counted = () -> {
            placementsAsked.incrementAndGet();
            return placement(tenant).get();
        };
        DataSource first;
        try (TenantUnits.Lease lease = units.lease(tenant, counted)) {
            first = lease.dataSource();
        }
        try (TenantUnits.Lease lease = units.lease(tenant, counted)) {
            assertSame(first, lease.dataSource());
        }
        assertEquals(1, placementsAsked.get());
        assertEquals(1, opener.timesOpened(tenant));
        assertEquals(1, units.openUnits());
    }

    @Test
    void beyondTheMostUnitsTheLeastRecentlyUsedIsClosed() {
        TenantUnits units = units(2, Duration.ofSeconds(1));
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        use(units, a);
        use(units, b);
        use(units, a);
        use(units, c);
        assertTrue(opener.isClosed(b), "b was the least recently used");
        assertFalse(opener.isClosed(a));
        assertEquals(2, units.openUnits());
    }

    @Test
    void aUnitInUseIsNeverClosedToMakeRoom() {
        TenantUnits units = units(1, Duration.ofSeconds(1));
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        UUID c = UUID.randomUUID();
        try (TenantUnits.Lease held = units.lease(a, placement(a))) {
            use(units, b);
            assertFalse(opener.isClosed(a));
            assertEquals(2, units.openUnits(), "the bound gives way while both are in use");
        }
        use(units, c);
        assertTrue(opener.isClosed(a));
        assertTrue(opener.isClosed(b));
        assertFalse(opener.isClosed(c));
        assertEquals(1, units.openUnits());
    }

    @Test
    void unitsUnusedForTheIdleTimeoutClose() {
        TenantUnits units = units(10, Duration.ofSeconds(1));
        UUID idle = UUID.randomUUID();
        UUID busy = UUID.randomUUID();
        use(units, idle);
        try (TenantUnits.Lease held = units.lease(busy, placement(busy))) {
            clock.addAndGet(Duration.ofMinutes(11).toNanos());
            assertEquals(1, units.closeIdle());
        }
        assertTrue(opener.isClosed(idle));
        assertFalse(opener.isClosed(busy));
        assertEquals(1, units.openUnits());
    }

    @Test
    void aSlowCloseHoldsUpNoOtherTenant() throws Exception {
        TenantUnits units = units(10, Duration.ofSeconds(1));
        UUID closing = UUID.randomUUID();
        UUID other = UUID.randomUUID();
        use(units, closing);
        opener.closeGate = new CountDownLatch(1);
        Future<?> eviction = threads.submit(() -> units.evict(closing));
        for (int i = 0; i < 200 && units.openUnits() > 0; i++) {
            Thread.sleep(5);
        }
        Future<?> served = threads.submit(() -> use(units, other));
        served.get(5, TimeUnit.SECONDS);
        assertFalse(eviction.isDone(), "the close is still in progress");
        opener.closeGate.countDown();
        eviction.get(5, TimeUnit.SECONDS);
        assertTrue(opener.isClosed(closing));
    }

    @Test
    void aTenantOpenedByManyRequestsAtOnceIsOpenedOnce() throws Exception {
        TenantUnits units = units(10, Duration.ofSeconds(5));
        UUID tenant = UUID.randomUUID();
        opener.openGate = new CountDownLatch(1);
        List<Future<?>> requests = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            requests.add(threads.submit(() -> use(units, tenant)));
        }
        Thread.sleep(50);
        opener.openGate.countDown();
        for (Future<?> request : requests) {
            request.get(5, TimeUnit.SECONDS);
        }
        assertEquals(1, opener.timesOpened(tenant));
    }

    @Test
    void waitingLongerThanTheAcquireTimeoutForAnotherRequestsOpenIsA503() throws Exception {
        TenantUnits units = units(10, Duration.ofMillis(100));
        UUID tenant = UUID.randomUUID();
        opener.openGate = new CountDownLatch(1);
        Future<?> opening = threads.submit(() -> use(units, tenant));
        while (opener.timesOpened(tenant) == 0) {
            Thread.sleep(5);
        }
        Failure refused = assertThrows(Failure.class, () -> use(units, tenant));
        assertEquals(503, FailureMapper.problemOf(refused).status());
        opener.openGate.countDown();
        opening.get(5, TimeUnit.SECONDS);
    }

    @Test
    void aFailedOpenIsTriedAgainByTheNextRequest() {
        TenantUnits units = units(10, Duration.ofSeconds(1));
        UUID tenant = UUID.randomUUID();
        opener.openFailure = new Failure.Unavailable("down", Duration.ofSeconds(1));
        assertThrows(Failure.Unavailable.class, () -> use(units, tenant));
        assertEquals(0, units.openUnits());
        use(units, tenant);
        assertEquals(2, opener.timesOpened(tenant));
        assertEquals(1, units.openUnits());
    }

    @Test
    void anInterruptedWaitKeepsTheInterruptFlag() throws Exception {
        TenantUnits units = units(10, Duration.ofSeconds(5));
        UUID tenant = UUID.randomUUID();
        opener.openGate = new CountDownLatch(1);
        Future<?> opening = threads.submit(() -> use(units, tenant));
        while (opener.timesOpened(tenant) == 0) {
            Thread.sleep(5);
        }
        Future<Boolean> interrupted = threads.submit(() -> {
            Thread.currentThread().interrupt();
            try {
                use(units, tenant);
                return false;
            } catch (Failure.Unavailable expected) {
                return Thread.currentThread().isInterrupted();
            }
        });
        assertTrue(interrupted.get(5, TimeUnit.SECONDS));
        opener.openGate.countDown();
        opening.get(5, TimeUnit.SECONDS);
    }

    @Test
    void closingEverythingClosesEveryUnit() {
        TenantUnits units = units(10, Duration.ofSeconds(1));
        UUID a = UUID.randomUUID();
        UUID b = UUID.randomUUID();
        use(units, a);
        use(units, b);
        units.closeAll();
        assertTrue(opener.isClosed(a));
        assertTrue(opener.isClosed(b));
        assertEquals(0, units.openUnits());
    }
}
