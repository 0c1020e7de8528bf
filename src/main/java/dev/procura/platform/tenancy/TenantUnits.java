package dev.procura.platform.tenancy;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.persistence.ControlNotifications;
import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * The open tenant units: for each tenant in use, its placement checked (and its schema migrated if
 * it was behind) and a data source on its server's connection budget. A unit holds no connection
 * of its own, so thousands stay open ({@code procura.tenants.max-units}, least recently used
 * closed first) and units unused for {@code procura.tenants.unit-idle-timeout} are closed.
 * Connections are bounded by {@link TenantConnections}, not here. Opening and closing happen
 * outside the registry's lock: a slow open or close holds up no other tenant.
 */
@ApplicationScoped
public class TenantUnits {

    private static final Logger LOG = Logger.getLogger(TenantUnits.class.getName());

    /** Opens and closes what a unit holds: {@link TenantUnitFactory} in the server, a fake in unit tests. */
    public interface Opener {
        DataSource open(TenantDatabase database);

        void close(DataSource opened);
    }

    @Inject
    @ConfigProperty(name = "procura.tenants.max-units", defaultValue = "10000")
    int maxUnits;

    @Inject
    @ConfigProperty(name = "procura.tenants.unit-idle-timeout", defaultValue = "PT1H")
    Duration unitIdleTimeout;

    @Inject
    @ConfigProperty(name = "procura.tenants.acquire-timeout", defaultValue = "PT2S")
    Duration acquireTimeout;

    @Inject
    TenantUnitFactory unitFactory;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private Opener opener;
    private LongSupplier nanoTime = System::nanoTime;
    /** Access-ordered: the first entry is the least recently used. Guarded by {@code this}. */
    private final LinkedHashMap<UUID, Unit> units = new LinkedHashMap<>(16, 0.75f, true);
    /** Units being opened, so that a tenant is opened (and migrated) once. Guarded by {@code this}. */
    private final Map<UUID, CompletableFuture<Void>> pending = new HashMap<>();

    private ScheduledFuture<?> idleSweep;

    public TenantUnits() {
        // CDI
    }

    /** A registry outside the container (unit tests). */
    TenantUnits(Opener opener, int maxUnits, Duration unitIdleTimeout, Duration acquireTimeout, LongSupplier nanoTime) {
        this.opener = opener;
        this.maxUnits = maxUnits;
        this.unitIdleTimeout = unitIdleTimeout;
        this.acquireTimeout = acquireTimeout;
        this.nanoTime = nanoTime;
    }

    /** A tenant's open unit in use; {@link #close()} hands it back. */
    public static final class Lease implements AutoCloseable {
        private final Unit unit;
        private final LongSupplier nanoTime;
        private boolean closed;

        private Lease(Unit unit, LongSupplier nanoTime) {
            this.unit = unit;
            this.nanoTime = nanoTime;
        }

        public DataSource dataSource() {
            return unit.dataSource;
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                unit.lastUsedNanos = nanoTime.getAsLong();
                unit.leases.decrementAndGet();
            }
        }
    }

    private static final class Unit {
        final UUID tenantId;
        final DataSource dataSource;
        final AtomicInteger leases = new AtomicInteger();
        volatile long lastUsedNanos;

        Unit(UUID tenantId, DataSource dataSource, long nowNanos) {
            this.tenantId = tenantId;
            this.dataSource = dataSource;
            this.lastUsedNanos = nowNanos;
        }
    }

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long period = Math.max(5, Math.min(300, unitIdleTimeout.toSeconds() / 4));
        idleSweep = scheduler.scheduleWithFixedDelay(this::closeIdle, period, period, TimeUnit.SECONDS);
    }

    private Opener opener() {
        if (opener == null) {
            opener = unitFactory;
        }
        return opener;
    }

    /**
     * A lease on the tenant's unit. {@code placement} is asked only when the unit is not open yet,
     * so requests to an open tenant cost no control-database query.
     */
    public Lease lease(UUID tenantId, Supplier<TenantDatabase> placement) {
        long deadline = nanoTime.getAsLong() + acquireTimeout.toNanos();
        while (true) {
            CompletableFuture<Void> opening;
            boolean mine = false;
            synchronized (this) {
                Unit open = units.get(tenantId);
                if (open != null) {
                    open.leases.incrementAndGet();
                    return new Lease(open, nanoTime);
                }
                opening = pending.get(tenantId);
                if (opening == null) {
                    opening = new CompletableFuture<>();
                    pending.put(tenantId, opening);
                    mine = true;
                }
            }
            if (mine) {
                return openAndRegister(tenantId, placement, opening);
            } else {
                awaitOpening(opening, deadline);
            }
        }
    }

    /** Opens the unit and leases it at once, so that making room never closes the unit just opened. */
    private Lease openAndRegister(UUID tenantId, Supplier<TenantDatabase> placement, CompletableFuture<Void> opening) {
        List<Unit> evicted;
        Unit unit;
        try {
            DataSource dataSource = opener().open(placement.get());
            unit = new Unit(tenantId, dataSource, nanoTime.getAsLong());
            unit.leases.incrementAndGet();
            synchronized (this) {
                pending.remove(tenantId);
                units.put(tenantId, unit);
                evicted = overCapacity();
            }
            opening.complete(null);
        } catch (RuntimeException e) {
            synchronized (this) {
                pending.remove(tenantId);
            }
            opening.completeExceptionally(e);
            throw e;
        }
        evicted.forEach(this::close);
        return new Lease(unit, nanoTime);
    }

    private void awaitOpening(CompletableFuture<Void> opening, long deadline) {
        try {
            opening.get(Math.max(0, deadline - nanoTime.getAsLong()), TimeUnit.NANOSECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException runtime ? runtime : new IllegalStateException(e.getCause());
        } catch (TimeoutException e) {
            throw busy();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw busy();
        }
    }

    /** Under the lock: the least recently used units without a lease, beyond {@code maxUnits}. */
    private List<Unit> overCapacity() {
        List<Unit> evicted = new ArrayList<>();
        for (Iterator<Unit> oldestFirst = units.values().iterator();
                units.size() > maxUnits && oldestFirst.hasNext(); ) {
            Unit candidate = oldestFirst.next();
            if (candidate.leases.get() == 0) {
                oldestFirst.remove();
                evicted.add(candidate);
            }
        }
        return evicted;
    }

    private static Failure busy() {
        return new Failure.Unavailable("The tenant's data is being opened; try again shortly", Duration.ofSeconds(1));
    }

    @Gauge(
            name = "procura_tenant_units_open",
            unit = MetricUnits.NONE,
            absolute = true,
            description = "Tenant units open now (placement checked, schema current, a pool on the budget)")
    public synchronized int openUnits() {
        return units.size();
    }

    /** Invalidation topic: the tenant's database moved; every server closes its unit (key: tenant id). */
    public static final String TOPIC = "tenant-unit";

    void onInvalidation(@Observes ControlNotifications.Invalidation invalidation) {
        if (TOPIC.equals(invalidation.topic())) {
            evict(UUID.fromString(invalidation.key()));
        } else if ("*".equals(invalidation.topic())) {
            // Notices may have been missed while the listener reconnected: reopen every unit on next use.
            List<UUID> open;
            synchronized (this) {
                open = new ArrayList<>(units.keySet());
            }
            open.forEach(this::evict);
        }
    }

    /** Closes a tenant's unit, e.g. before its database is dropped. */
    public void evict(UUID tenantId) {
        Unit unit;
        synchronized (this) {
            unit = units.remove(tenantId);
        }
        if (unit != null) {
            close(unit);
        }
    }

    /** Closes the units nobody used for the idle timeout; returns how many. */
    int closeIdle() {
        List<Unit> idle = new ArrayList<>();
        long cutoff = nanoTime.getAsLong() - unitIdleTimeout.toNanos();
        synchronized (this) {
            units.values().removeIf(unit -> {
                boolean isIdle = unit.leases.get() == 0 && unit.lastUsedNanos - cutoff < 0;
                if (isIdle) {
                    idle.add(unit);
                }
                return isIdle;
            });
        }
        idle.forEach(this::close);
        return idle.size();
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

    private void close(Unit unit) {
        try {
            opener().close(unit.dataSource);
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "Closing the unit of tenant " + unit.tenantId, e);
        }
    }

    /** Connections of a tenant's pool cannot be made: the server is down, for instance. */
    static boolean isConnectionFailure(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql
                    && sql.getSQLState() != null
                    && sql.getSQLState().startsWith("08")) {
                return true;
            }
            if (t instanceof java.sql.SQLTransientConnectionException) {
                return true;
            }
        }
        return false;
    }

    /** Every connection of the tenant's server stayed busy for the acquire timeout. */
    static boolean isBudgetExhausted(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof ConnectionBudget.Exhausted) {
                return true;
            }
        }
        return false;
    }
}
