package dev.procura.platform.tenancy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ConnectionBudgetTest {

    private final FakeConnections fakes = new FakeConnections();
    /** Real time plus whatever a test adds to pretend time went by. */
    private final AtomicLong clock = new AtomicLong();

    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    private ConnectionBudget budget(int budget, int perTenant, Duration acquireTimeout) {
        return new ConnectionBudget(
                "main",
                new ConnectionBudget.Settings(
                        budget,
                        perTenant,
                        acquireTimeout,
                        Duration.ofMinutes(5),
                        Duration.ofMinutes(30),
                        Duration.ofSeconds(2)),
                () -> System.nanoTime() + clock.get());
    }

    private ConnectionBudget budget(int budget, int perTenant) {
        return budget(budget, perTenant, Duration.ofSeconds(5));
    }

    private TenantPool pool(ConnectionBudget budget, String tenant) {
        return budget.pool(tenant, fakes.connector(tenant));
    }

    private void awaitWaiting(ConnectionBudget budget, int count) throws InterruptedException {
        for (int i = 0; i < 500 && budget.waiting() < count; i++) {
            Thread.sleep(5);
        }
        assertEquals(count, budget.waiting());
    }

    @Test
    void aTenantReusesItsIdleConnection() throws Exception {
        ConnectionBudget budget = budget(3, 2);
        TenantPool a = pool(budget, "a");
        Connection first = a.getConnection();
        FakeConnections.Fake physical = fakes.behind(first);
        first.close();
        try (Connection second = a.getConnection()) {
            assertSame(physical, fakes.behind(second));
        }
        assertEquals(1, fakes.made.size());
        assertEquals(1, budget.openConnections());
        assertEquals(0, budget.busyConnections());
    }

    @Test
    void anotherTenantTakesTheLeastRecentlyUsedIdleConnectionsPlace() throws Exception {
        ConnectionBudget budget = budget(2, 2);
        TenantPool a = pool(budget, "a");
        TenantPool b = pool(budget, "b");
        TenantPool c = pool(budget, "c");
        a.getConnection().close();
        b.getConnection().close();
        try (Connection forC = c.getConnection()) {
            assertEquals("c", fakes.behind(forC).tenant);
            assertTrue(fakes.made.get(0).closed, "a's idle connection made room");
            assertFalse(fakes.made.get(1).closed, "b's idle connection, used later, stays");
        }
        assertEquals(2, budget.openConnections());
        assertEquals(2, fakes.physicallyOpen.get());
    }

    @Test
    void aFullBudgetAnswersExhaustedAfterTheAcquireTimeout() throws Exception {
        ConnectionBudget budget = budget(2, 2, Duration.ofMillis(100));
        TenantPool a = pool(budget, "a");
        Connection one = a.getConnection();
        Connection two = a.getConnection();
        SQLException refused =
                assertThrows(SQLException.class, () -> pool(budget, "b").getConnection());
        assertTrue(refused instanceof ConnectionBudget.Exhausted, refused.toString());
        assertEquals(0, budget.waiting());
        one.close();
        two.close();
        assertEquals(2, fakes.made.size());
    }

    @Test
    void aTenantNeverHoldsMoreThanItsShare() throws Exception {
        ConnectionBudget budget = budget(10, 2, Duration.ofMillis(50));
        TenantPool a = pool(budget, "a");
        Connection one = a.getConnection();
        Connection two = a.getConnection();
        assertThrows(ConnectionBudget.Exhausted.class, a::getConnection);
        try (Connection forB = pool(budget, "b").getConnection()) {
            assertEquals("b", fakes.behind(forB).tenant);
        }
        one.close();
        two.close();
    }

    @Test
    void waitersAreServedInTheOrderTheyCame() throws Exception {
        ConnectionBudget budget = budget(1, 1);
        Connection held = pool(budget, "a").getConnection();
        List<String> servedOrder = java.util.Collections.synchronizedList(new ArrayList<>());
        CountDownLatch release = new CountDownLatch(1);
        Future<?> b = threads.submit(() -> borrowAndHold(pool(budget, "b"), servedOrder, release));
        awaitWaiting(budget, 1);
        Future<?> c = threads.submit(() -> borrowAndHold(pool(budget, "c"), servedOrder, release));
        awaitWaiting(budget, 2);
        held.close();
        release.countDown();
        b.get(5, TimeUnit.SECONDS);
        c.get(5, TimeUnit.SECONDS);
        assertEquals(List.of("b", "c"), servedOrder);
        assertEquals(1, fakes.mostPhysicallyOpen.get());
    }

    private Void borrowAndHold(TenantPool pool, List<String> servedOrder, CountDownLatch release) throws Exception {
        try (Connection connection = pool.getConnection()) {
            servedOrder.add(fakes.behind(connection).tenant);
            release.await(5, TimeUnit.SECONDS);
        }
        return null;
    }

    @Test
    void aWaiterAtItsTenantsShareDoesNotHoldUpOtherTenants() throws Exception {
        ConnectionBudget budget = budget(3, 1);
        TenantPool a = pool(budget, "a");
        Connection held = a.getConnection();
        Future<Connection> secondForA = threads.submit(() -> a.getConnection());
        awaitWaiting(budget, 1);
        try (Connection forB = pool(budget, "b").getConnection()) {
            assertEquals("b", fakes.behind(forB).tenant);
        }
        held.close();
        secondForA.get(5, TimeUnit.SECONDS).close();
    }

    @Test
    void aBrokenConnectionIsClosedInsteadOfReused() throws Exception {
        ConnectionBudget budget = budget(2, 2);
        TenantPool a = pool(budget, "a");
        Connection lent = a.getConnection();
        FakeConnections.Fake physical = fakes.behind(lent);
        physical.failNextCall = new SQLException("I/O error", "08006");
        assertThrows(SQLException.class, lent::getSchema);
        lent.close();
        assertTrue(physical.closed);
        assertEquals(0, budget.openConnections());
        try (Connection next = a.getConnection()) {
            assertNotSame(physical, fakes.behind(next));
        }
    }

    @Test
    void aConnectionIdleForAWhileIsCheckedAndReplacedWhenDead() throws Exception {
        ConnectionBudget budget = budget(2, 2);
        TenantPool a = pool(budget, "a");
        Connection lent = a.getConnection();
        FakeConnections.Fake physical = fakes.behind(lent);
        lent.close();
        physical.valid = false;
        clock.addAndGet(Duration.ofSeconds(3).toNanos());
        try (Connection next = a.getConnection()) {
            assertNotSame(physical, fakes.behind(next));
        }
        assertTrue(physical.closed);
        assertEquals(1, budget.openConnections());
    }

    @Test
    void idleConnectionsCloseAfterTheIdleTimeout() throws Exception {
        ConnectionBudget budget = budget(4, 2);
        pool(budget, "a").getConnection().close();
        clock.addAndGet(Duration.ofMinutes(3).toNanos());
        pool(budget, "b").getConnection().close();
        clock.addAndGet(Duration.ofMinutes(3).toNanos());
        assertEquals(1, budget.closeIdle());
        assertTrue(fakes.made.get(0).closed);
        assertFalse(fakes.made.get(1).closed);
        assertEquals(1, budget.openConnections());
    }

    @Test
    void aConnectionPastItsLifetimeIsClosedWhenItComesBack() throws Exception {
        ConnectionBudget budget = budget(2, 2);
        Connection lent = pool(budget, "a").getConnection();
        clock.addAndGet(Duration.ofMinutes(31).toNanos());
        lent.close();
        assertTrue(fakes.made.get(0).closed);
        assertEquals(0, budget.openConnections());
    }

    @Test
    void aReturnedConnectionLosesItsOpenTransaction() throws Exception {
        ConnectionBudget budget = budget(2, 2);
        Connection lent = pool(budget, "a").getConnection();
        lent.setAutoCommit(false);
        lent.close();
        FakeConnections.Fake physical = fakes.made.get(0);
        assertEquals(1, physical.rollbacks);
        assertTrue(physical.autoCommit);
        assertFalse(physical.closed);
        assertThrows(SQLException.class, lent::getSchema, "a returned loan cannot be used");
        lent.close();
        assertEquals(0, budget.busyConnections(), "closing twice gives back once");
    }

    @Test
    void aFailedConnectFreesItsPlace() throws Exception {
        ConnectionBudget budget = budget(1, 1);
        TenantPool down = budget.pool("down", () -> {
            throw new SQLException("Connection refused", "08001");
        });
        assertThrows(SQLException.class, down::getConnection);
        assertEquals(0, budget.openConnections());
        try (Connection up = pool(budget, "up").getConnection()) {
            assertEquals("up", fakes.behind(up).tenant);
        }
    }

    @Test
    void aSlowConnectHoldsUpNoOtherTenant() throws Exception {
        ConnectionBudget budget = budget(4, 2);
        CountDownLatch connecting = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        TenantPool slow = budget.pool("slow", () -> {
            connecting.countDown();
            try {
                letGo.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return fakes.connect("slow");
        });
        Future<Connection> slowBorrow = threads.submit(() -> slow.getConnection());
        assertTrue(connecting.await(5, TimeUnit.SECONDS));
        CompletableFuture<Connection> fast = CompletableFuture.supplyAsync(
                () -> {
                    try {
                        return pool(budget, "fast").getConnection();
                    } catch (SQLException e) {
                        throw new IllegalStateException(e);
                    }
                },
                threads);
        fast.get(5, TimeUnit.SECONDS).close();
        letGo.countDown();
        slowBorrow.get(5, TimeUnit.SECONDS).close();
        assertEquals(2, budget.openConnections());
    }

    @Test
    void aRetiredPoolClosesIdleConnectionsNowAndLentOnesWhenTheyComeBack() throws Exception {
        ConnectionBudget budget = budget(4, 2);
        TenantPool a = pool(budget, "a");
        Connection lent = a.getConnection();
        a.getConnection().close();
        FakeConnections.Fake idle = fakes.made.get(1);
        a.retire();
        assertTrue(idle.closed);
        assertEquals(1, budget.openConnections());
        lent.close();
        assertTrue(fakes.made.get(0).closed);
        assertEquals(0, budget.openConnections());
        SQLException refused = assertThrows(SQLException.class, a::getConnection);
        assertEquals("08003", refused.getSQLState());
    }

    @Test
    void manyTenantsOnASmallBudgetNeverExceedIt() throws Exception {
        ConnectionBudget budget = budget(5, 2, Duration.ofSeconds(30));
        List<TenantPool> pools = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            pools.add(pool(budget, "t" + i));
        }
        List<Future<Integer>> workers = new ArrayList<>();
        for (int w = 0; w < 8; w++) {
            int worker = w;
            workers.add(threads.submit(() -> {
                int served = 0;
                for (int i = 0; i < 300; i++) {
                    TenantPool pool = pools.get((worker * 7 + i) % pools.size());
                    try (Connection connection = pool.getConnection()) {
                        if (fakes.behind(connection).tenant.equals(pool.name)) {
                            served++;
                        }
                    }
                }
                return served;
            }));
        }
        for (Future<Integer> worker : workers) {
            assertEquals(300, worker.get(60, TimeUnit.SECONDS));
        }
        assertTrue(fakes.mostPhysicallyOpen.get() <= 5, "most physically open: " + fakes.mostPhysicallyOpen.get());
        assertEquals(budget.openConnections(), fakes.physicallyOpen.get());
        assertEquals(0, budget.busyConnections());
        budget.close();
        assertEquals(0, fakes.physicallyOpen.get());
    }
}
