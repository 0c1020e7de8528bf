package dev.procura.platform.tenancy;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.LongSupplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The physical connections to the tenant databases of one PostgreSQL server: never more than
 * {@code budget} of them, whatever the number of tenants. A tenant keeps its returned connections
 * idle for reuse; a tenant that needs one while the budget is spent takes the place of the
 * least recently used idle connection of any tenant on the server (it is closed first). When
 * none is idle the request waits in line, first come first served, up to the acquire timeout.
 * The lock guards bookkeeping only: connecting, validating and closing happen outside it, so a
 * slow server or a slow close holds up nobody else.
 */
public final class ConnectionBudget {

    private static final Logger LOG = Logger.getLogger(ConnectionBudget.class.getName());

    /** How a budget behaves; durations are checked when a connection is lent or given back. */
    public record Settings(
            int budget,
            int perTenant,
            Duration acquireTimeout,
            Duration idleTimeout,
            Duration maxLifetime,
            Duration validateAfterIdle) {
        public Settings {
            if (budget < 1 || perTenant < 1) {
                throw new IllegalArgumentException("budget and perTenant must be positive");
            }
        }
    }

    /** Opens one physical connection to a tenant's database. */
    @FunctionalInterface
    public interface Connector {
        Connection connect() throws SQLException;
    }

    /** Every connection of the budget is lent out and none frees up within the acquire timeout. */
    public static final class Exhausted extends SQLTransientConnectionException {
        Exhausted(String server, Duration waited) {
            super("All " + server + " tenant connections stayed busy for " + waited.toMillis() + " ms", "08001");
        }
    }

    private final String server;
    private final Settings settings;
    private final LongSupplier nanoTime;
    private final ReentrantLock lock = new ReentrantLock();
    private final ArrayDeque<Waiter> waiters = new ArrayDeque<>();
    private final LinkedHashSet<PooledConnection> idleOldestFirst = new LinkedHashSet<>();
    private int open;
    private boolean closed;

    public ConnectionBudget(String server, Settings settings, LongSupplier nanoTime) {
        this.server = server;
        this.settings = settings;
        this.nanoTime = nanoTime;
    }

    public ConnectionBudget(String server, Settings settings) {
        this(server, settings, System::nanoTime);
    }

    /** A new tenant pool on this server; {@link TenantPool#retire()} closes what it holds. */
    public TenantPool pool(String name, Connector connector) {
        return new TenantPool(this, name, connector);
    }

    /** What the lock decided for one borrower: reuse an idle connection, or open one (closing a victim first). */
    private record Grant(TenantPool pool, PooledConnection reuse, PooledConnection victim) {}

    private static final class Waiter {
        final TenantPool pool;
        final Condition granted;
        Grant grant;

        Waiter(TenantPool pool, Condition granted) {
            this.pool = pool;
            this.granted = granted;
        }
    }

    Connection borrow(TenantPool pool) throws SQLException {
        long deadline = nanoTime.getAsLong() + settings.acquireTimeout().toNanos();
        while (true) {
            Connection connection = carryOut(awaitGrant(pool, deadline));
            if (connection != null) {
                return connection;
            }
        }
    }

    private Grant awaitGrant(TenantPool pool, long deadline) throws SQLException {
        lock.lock();
        try {
            if (closed || pool.retired) {
                throw new SQLException("The tenant connection pool " + pool.name + " is closed", "08003");
            }
            Grant grant = waiters.isEmpty() ? grant(pool) : null;
            if (grant != null) {
                return grant;
            }
            Waiter waiter = new Waiter(pool, lock.newCondition());
            waiters.addLast(waiter);
            dispatch();
            while (waiter.grant == null) {
                long left = deadline - nanoTime.getAsLong();
                if (left <= 0) {
                    waiters.remove(waiter);
                    throw new Exhausted(server, settings.acquireTimeout());
                }
                try {
                    waiter.granted.awaitNanos(left);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    if (waiter.grant == null) {
                        waiters.remove(waiter);
                        throw new SQLTransientConnectionException(
                                "Interrupted while waiting for a tenant connection", "08001", e);
                    }
                }
            }
            return waiter.grant;
        } finally {
            lock.unlock();
        }
    }

    /** Under the lock: what {@code pool} can have right now, or null. */
    private Grant grant(TenantPool pool) {
        PooledConnection idle = pool.idle.pollFirst();
        if (idle != null) {
            idleOldestFirst.remove(idle);
            return new Grant(pool, idle, null);
        }
        if (pool.count >= settings.perTenant()) {
            return null;
        }
        if (open < settings.budget()) {
            open++;
            pool.count++;
            return new Grant(pool, null, null);
        }
        Iterator<PooledConnection> oldest = idleOldestFirst.iterator();
        if (!oldest.hasNext()) {
            return null;
        }
        PooledConnection victim = oldest.next();
        oldest.remove();
        victim.pool.idle.remove(victim);
        victim.pool.count--;
        pool.count++;
        return new Grant(pool, null, victim);
    }

    /** Under the lock: hands capacity to the waiters that can use it, oldest first. */
    private void dispatch() {
        for (Iterator<Waiter> line = waiters.iterator(); line.hasNext(); ) {
            Waiter waiter = line.next();
            Grant grant = waiter.pool.retired ? null : grant(waiter.pool);
            if (grant != null) {
                line.remove();
                waiter.grant = grant;
                waiter.granted.signal();
            }
        }
    }

    /** Outside the lock: turns a grant into a usable connection, or null to ask again (a stale idle one). */
    private Connection carryOut(Grant grant) throws SQLException {
        if (grant.reuse() != null) {
            PooledConnection reused = grant.reuse();
            if (isStillGood(reused)) {
                return reused.lend();
            }
            discard(reused);
            return null;
        }
        if (grant.victim() != null) {
            closeQuietly(grant.victim());
        }
        try {
            Connection physical = grant.pool().connector.connect();
            long now = nanoTime.getAsLong();
            return new PooledConnection(grant.pool(), physical, now).lend();
        } catch (SQLException | RuntimeException e) {
            release(grant.pool());
            throw e;
        }
    }

    private boolean isStillGood(PooledConnection connection) {
        if (nanoTime.getAsLong() - connection.lastUsedNanos
                < settings.validateAfterIdle().toNanos()) {
            return true;
        }
        try {
            return connection.physical.isValid(
                    Math.max(1, (int) settings.acquireTimeout().toSeconds()));
        } catch (SQLException e) {
            return false;
        }
    }

    /** A borrowed connection comes back; {@code reusable} is false after a connection failure. */
    void giveBack(PooledConnection connection, boolean reusable) {
        boolean keep = reusable && !isTooOld(connection) && connection.reset();
        lock.lock();
        try {
            if (keep && !closed && !connection.pool.retired) {
                connection.lastUsedNanos = nanoTime.getAsLong();
                keepIdle(connection);
                return;
            }
        } finally {
            lock.unlock();
        }
        discard(connection);
    }

    private void keepIdle(PooledConnection connection) {
        connection.pool.idle.addFirst(connection);
        idleOldestFirst.add(connection);
        dispatch();
    }

    private boolean isTooOld(PooledConnection connection) {
        return nanoTime.getAsLong() - connection.createdNanos
                > settings.maxLifetime().toNanos();
    }

    private void discard(PooledConnection connection) {
        release(connection.pool);
        closeQuietly(connection);
    }

    private void release(TenantPool pool) {
        lock.lock();
        try {
            open--;
            pool.count--;
            dispatch();
        } finally {
            lock.unlock();
        }
    }

    /** Closes connections idle for longer than the idle timeout; returns how many. */
    public int closeIdle() {
        long cutoff = nanoTime.getAsLong() - settings.idleTimeout().toNanos();
        List<PooledConnection> stale = new ArrayList<>();
        lock.lock();
        try {
            for (Iterator<PooledConnection> oldest = idleOldestFirst.iterator(); oldest.hasNext(); ) {
                PooledConnection connection = oldest.next();
                if (connection.lastUsedNanos - cutoff > 0) {
                    break;
                }
                oldest.remove();
                forget(connection);
                stale.add(connection);
            }
            dispatch();
        } finally {
            lock.unlock();
        }
        stale.forEach(ConnectionBudget::closeQuietly);
        return stale.size();
    }

    void retire(TenantPool pool) {
        List<PooledConnection> idle;
        lock.lock();
        try {
            pool.retired = true;
            idle = new ArrayList<>(pool.idle);
            idle.forEach(idleOldestFirst::remove);
            idle.forEach(this::forget);
            for (Iterator<Waiter> line = waiters.iterator(); line.hasNext(); ) {
                Waiter waiter = line.next();
                if (waiter.pool == pool) {
                    line.remove();
                    waiter.granted.signal();
                }
            }
            dispatch();
        } finally {
            lock.unlock();
        }
        idle.forEach(ConnectionBudget::closeQuietly);
    }

    /** Closes every idle connection; connections lent out are closed when they come back. */
    public void close() {
        List<PooledConnection> idle;
        lock.lock();
        try {
            closed = true;
            idle = new ArrayList<>(idleOldestFirst);
            idleOldestFirst.clear();
            idle.forEach(this::forget);
        } finally {
            lock.unlock();
        }
        idle.forEach(ConnectionBudget::closeQuietly);
    }

    /** Under the lock: an idle connection that is about to be closed leaves the books. */
    private void forget(PooledConnection connection) {
        connection.pool.idle.remove(connection);
        connection.pool.count--;
        open--;
    }

    private static void closeQuietly(PooledConnection connection) {
        try {
            connection.physical.close();
        } catch (SQLException | RuntimeException e) {
            LOG.log(Level.FINE, "Closing a tenant connection of " + connection.pool.name, e);
        }
    }

    /** Physical connections open or being opened now. */
    public int openConnections() {
        lock.lock();
        try {
            return open;
        } finally {
            lock.unlock();
        }
    }

    /** Connections lent out now (open and not idle). */
    public int busyConnections() {
        lock.lock();
        try {
            return open - idleOldestFirst.size();
        } finally {
            lock.unlock();
        }
    }

    /** Requests waiting for a connection now. */
    public int waiting() {
        lock.lock();
        try {
            return waiters.size();
        } finally {
            lock.unlock();
        }
    }

    public String server() {
        return server;
    }

    public Settings settings() {
        return settings;
    }
}
