package dev.procura.platform.tenancy;

import com.zaxxer.hikari.HikariDataSource;
import dev.procura.platform.web.ProblemException;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManagerFactory;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * One EntityManagerFactory per tenant database, opened on first use with a small pool of its own
 * ({@code procura.tenants.pool-size}), kept in an LRU and closed when idle. At most
 * {@code connection-budget / pool-size} units are open at once, so tenant connections never
 * exceed the budget whatever the number of tenants: a request that needs a unit while all are
 * busy waits up to {@code procura.tenants.acquire-timeout}, then gets 503.
 * A tenant whose schema is behind is migrated when its unit opens.
 */
@ApplicationScoped
public class TenantUnits {

    private static final Logger LOG = Logger.getLogger(TenantUnits.class.getName());

    @Inject
    @ConfigProperty(name = "procura.tenants.connection-budget", defaultValue = "30")
    int connectionBudget;

    @Inject
    @ConfigProperty(name = "procura.tenants.pool-size", defaultValue = "3")
    int poolSize;

    @Inject
    @ConfigProperty(name = "procura.tenants.idle-timeout", defaultValue = "PT5M")
    Duration idleTimeout;

    @Inject
    @ConfigProperty(name = "procura.tenants.acquire-timeout", defaultValue = "PT2S")
    Duration acquireTimeout;

    @Inject
    TenantUnitFactory unitFactory;

    @Resource
    ManagedScheduledExecutorService scheduler;

    /** Access-ordered: the first entry is the least recently used. Guarded by {@code this}. */
    private final LinkedHashMap<UUID, Unit> units = new LinkedHashMap<>(16, 0.75f, true);
    /** Units being opened; they count against the budget too. Guarded by {@code this}. */
    private final Map<UUID, CompletableFuture<Unit>> pending = new java.util.HashMap<>();
    private ScheduledFuture<?> idleSweep;

    /** An open tenant unit; {@link Lease#close()} hands it back. */
    public final class Lease implements AutoCloseable {
        private final Unit unit;
        private boolean closed;

        private Lease(Unit unit) {
            this.unit = unit;
        }

        public EntityManagerFactory factory() {
            return unit.factory;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                release(unit);
            }
        }
    }

    private static final class Unit {
        final UUID tenantId;
        final HikariDataSource dataSource;
        final EntityManagerFactory factory;
        final AtomicInteger leases = new AtomicInteger();
        volatile long lastUsedNanos = System.nanoTime();

        Unit(UUID tenantId, HikariDataSource dataSource, EntityManagerFactory factory) {
            this.tenantId = tenantId;
            this.dataSource = dataSource;
            this.factory = factory;
        }
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long period = Math.max(5, idleTimeout.toSeconds() / 4);
        idleSweep = scheduler.scheduleWithFixedDelay(this::closeIdle, period, period, TimeUnit.SECONDS);
    }

    public int maxOpenUnits() {
        return Math.max(1, connectionBudget / poolSize);
    }

    /**
     * A lease on the tenant's unit. {@code placement} is asked only when the unit is not open yet,
     * so requests to an open tenant cost no control-database query.
     */
    public Lease lease(UUID tenantId, Supplier<TenantDatabase> placement) {
        long deadline = System.nanoTime() + acquireTimeout.toNanos();
        while (true) {
            CompletableFuture<Unit> opening;
            boolean mine = false;
            synchronized (this) {
                Unit open = units.get(tenantId);
                if (open != null) {
                    return leaseOf(open);
                }
                opening = pending.get(tenantId);
                if (opening == null && (units.size() + pending.size() < maxOpenUnits() || evictLeastRecentlyUsedIdle())) {
                    opening = new CompletableFuture<>();
                    pending.put(tenantId, opening);
                    mine = true;
                }
                if (opening == null) {
                    awaitCapacity(deadline);
                    continue;
                }
            }
            if (mine) {
                openOutsideTheLock(tenantId, placement, opening);
            }
            try {
                opening.get(Math.max(1, (deadline - System.nanoTime()) / 1_000_000) + 30_000, TimeUnit.MILLISECONDS);
            } catch (ExecutionException e) {
                throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
            } catch (InterruptedException | TimeoutException e) {
                throw busy();
            }
        }
    }

    /** Opening a unit (and perhaps migrating) takes a while: other tenants must not wait for it. */
    private void openOutsideTheLock(UUID tenantId, Supplier<TenantDatabase> placement, CompletableFuture<Unit> opening) {
        try {
            Unit unit = open(placement.get());
            synchronized (this) {
                pending.remove(tenantId);
                units.put(tenantId, unit);
                notifyAll();
            }
            opening.complete(unit);
        } catch (RuntimeException e) {
            synchronized (this) {
                pending.remove(tenantId);
                notifyAll();
            }
            opening.completeExceptionally(e);
        }
    }

    private Lease leaseOf(Unit unit) {
        unit.leases.incrementAndGet();
        unit.lastUsedNanos = System.nanoTime();
        return new Lease(unit);
    }

    private void awaitCapacity(long deadline) {
        long waitMillis = (deadline - System.nanoTime()) / 1_000_000;
        if (waitMillis <= 0) {
            throw busy();
        }
        try {
            wait(waitMillis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    private static ProblemException busy() {
        return new ProblemException.Unavailable("All tenant connections are busy; try again shortly", Duration.ofSeconds(1));
    }

    private synchronized void release(Unit unit) {
        unit.leases.decrementAndGet();
        unit.lastUsedNanos = System.nanoTime();
        notifyAll();
    }

    @Gauge(name = "procura_tenant_units_open", unit = MetricUnits.NONE, absolute = true,
            description = "Tenant persistence units (EntityManagerFactory + pool) open now")
    public synchronized int openUnits() {
        return units.size();
    }

    @Gauge(name = "procura_tenant_connection_budget", unit = MetricUnits.NONE, absolute = true,
            description = "Most tenant database connections this server may hold")
    public int connectionBudgetGauge() {
        return connectionBudget;
    }

    /** Connections currently open (busy or idle) in all tenant pools. */
    @Gauge(name = "procura_tenant_connections_open", unit = MetricUnits.NONE, absolute = true,
            description = "Tenant database connections open now (busy or idle), never above the budget")
    public synchronized int openConnections() {
        int total = 0;
        for (Unit unit : units.values()) {
            var pool = unit.dataSource.getHikariPoolMXBean();
            total += pool == null ? 0 : pool.getTotalConnections();
        }
        return total;
    }

    /** Connections lent out right now (running a transaction), against the budget. */
    @Gauge(name = "procura_tenant_connections_busy", unit = MetricUnits.NONE, absolute = true,
            description = "Tenant database connections in use now, never above the budget")
    public synchronized int busyConnections() {
        int total = 0;
        for (Unit unit : units.values()) {
            var pool = unit.dataSource.getHikariPoolMXBean();
            total += pool == null ? 0 : pool.getActiveConnections();
        }
        return total;
    }

    /** Closes a tenant's unit, e.g. before its database is dropped. */
    public void evict(UUID tenantId) {
        Unit unit;
        synchronized (this) {
            unit = units.remove(tenantId);
            notifyAll();
        }
        if (unit != null) {
            close(unit);
        }
    }

    private boolean evictLeastRecentlyUsedIdle() {
        Iterator<Map.Entry<UUID, Unit>> oldestFirst = units.entrySet().iterator();
        while (oldestFirst.hasNext()) {
            Unit candidate = oldestFirst.next().getValue();
            if (candidate.leases.get() == 0) {
                oldestFirst.remove();
                close(candidate);
                return true;
            }
        }
        return false;
    }

    void closeIdle() {
        List<Unit> idle = new ArrayList<>();
        long cutoff = System.nanoTime() - idleTimeout.toNanos();
        synchronized (this) {
            units.values().removeIf(unit -> {
                boolean isIdle = unit.leases.get() == 0 && unit.lastUsedNanos < cutoff;
                if (isIdle) {
                    idle.add(unit);
                }
                return isIdle;
            });
        }
        idle.forEach(this::close);
    }

    @PreDestroy
    void closeAll() {
        if (idleSweep != null) {
            idleSweep.cancel(false);
        }
        List<Unit> all;
        synchronized (this) {
            all = new ArrayList<>(units.values());
            units.clear();
        }
        all.forEach(this::close);
    }

    private Unit open(TenantDatabase database) {
        TenantUnitFactory.Parts parts = unitFactory.open(database, poolSize, idleTimeout, acquireTimeout);
        return new Unit(database.tenantId(), parts.dataSource(), parts.factory());
    }

    private void close(Unit unit) {
        try {
            unit.factory.close();
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Closing the unit of tenant " + unit.tenantId, e);
        }
        unit.dataSource.close();
    }

    /** Connections of a tenant's pool cannot be made: the server is down, for instance. */
    static boolean isConnectionFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }
}
