package dev.procura.platform.tenancy;

import dev.procura.platform.audit.ChangeCapture;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.time.TenantCalendars;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.ContextNotActiveException;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityTransaction;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The one way capabilities touch tenant data: a transaction on a tenant's database that begins,
 * commits or rolls back, and releases the connection, whatever happens. The work gets a
 * {@link TenantTx}: the EntityManager, the tenant, the actor and the tenant's calendar. A call
 * made inside another for the same tenant joins it (no second connection); one for another
 * tenant is refused. A server that cannot be reached becomes a 503 for that tenant only.
 */
@ApplicationScoped
public class TenantTransactions {

    private static final ThreadLocal<TenantTx> CURRENT = new ThreadLocal<>();

    @Inject
    TenantContext context;

    @Inject
    CurrentCaller caller;

    @Inject
    TenantDatabaseRepository databases;

    @Inject
    TenantUnits units;

    @Inject
    TenantPersistence persistence;

    @Inject
    TenantCalendars calendars;

    @Inject
    Event<TenantEventsCommitted> committedEvents;

    @Inject
    TenantOutbox outbox;

    /** Tenants whose transaction just committed events to their outbox (the relay listens). */
    public record TenantEventsCommitted(Set<UUID> tenantIds) {}

    /**
     * Runs {@code work} in a transaction of the current request's tenant, acting as its caller. Inside
     * another transaction on this thread it joins that one, without asking for the request: a service
     * method called by a job (a bulk import writing through the master's service) runs outside any
     * request.
     */
    public <T> T call(Function<TenantTx, T> work) {
        TenantTx outer = CURRENT.get();
        if (outer != null) {
            return work.apply(outer);
        }
        return call(context.tenantId(), callerId(), work);
    }

    /** Runs {@code work} in a transaction of the given tenant as the system (consumers, schedules). */
    public <T> T call(UUID tenantId, Function<TenantTx, T> work) {
        return call(tenantId, null, work);
    }

    /** Runs {@code work} in a transaction of the given tenant on behalf of {@code actor} (null: the system). */
    public <T> T call(UUID tenantId, UUID actor, Function<TenantTx, T> work) {
        TenantTx outer = CURRENT.get();
        if (outer != null) {
            if (!outer.tenantId().equals(tenantId)) {
                throw new IllegalStateException("A transaction of tenant " + outer.tenantId()
                        + " is open on this thread; a nested one for tenant " + tenantId + " is refused");
            }
            return work.apply(outer);
        }
        try (TenantUnits.Lease lease = units.lease(tenantId, () -> placement(tenantId))) {
            EntityManager em = persistence.entityManager(lease.dataSource());
            EntityTransaction transaction = em.getTransaction();
            try {
                TenantOutbox.takeWritten();
                ChangeCapture.clear();
                transaction.begin();
                TenantTx tx = new TenantTx(em, tenantId, actor, calendars.of(tenantId, em));
                CURRENT.set(tx);
                T result = work.apply(tx);
                outbox.publishLeftoverChanges(em, tenantId, actor);
                CURRENT.remove();
                transaction.commit();
                Set<UUID> withEvents = TenantOutbox.takeWritten();
                if (!withEvents.isEmpty()) {
                    committedEvents.fire(new TenantEventsCommitted(withEvents));
                }
                return result;
            } catch (RuntimeException e) {
                CURRENT.remove();
                TenantOutbox.takeWritten();
                ChangeCapture.clear();
                if (transaction.isActive()) {
                    transaction.rollback();
                }
                throw translate(e);
            } finally {
                em.close();
            }
        }
    }

    /** Plain JDBC work; a checked failure rolls back and is rethrown wrapped. */
    @FunctionalInterface
    public interface JdbcWork<T> {
        T apply(Connection connection) throws Exception;
    }

    /** Runs JDBC {@code work} in one transaction on a connection of the tenant's database (the outbox relay). */
    public <T> T callOnConnection(UUID tenantId, JdbcWork<T> work) {
        try (TenantUnits.Lease lease = units.lease(tenantId, () -> placement(tenantId));
                Connection connection = lease.dataSource().getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.apply(connection);
                connection.commit();
                return result;
            } catch (Exception e) {
                connection.rollback();
                throw e instanceof RuntimeException runtime ? runtime : new IllegalStateException(e);
            }
        } catch (SQLException e) {
            throw translate(new IllegalStateException(e));
        } catch (RuntimeException e) {
            throw translate(e);
        }
    }

    /**
     * Runs JDBC {@code work} in auto-commit mode on a connection of the tenant's database, for
     * statements PostgreSQL refuses inside a transaction block ({@code CREATE INDEX CONCURRENTLY}).
     */
    public <T> T callAutoCommit(UUID tenantId, JdbcWork<T> work) {
        try (TenantUnits.Lease lease = units.lease(tenantId, () -> placement(tenantId));
                Connection connection = lease.dataSource().getConnection()) {
            connection.setAutoCommit(true);
            return work.apply(connection);
        } catch (RuntimeException e) {
            throw translate(e);
        } catch (Exception e) {
            throw translate(new IllegalStateException(e));
        }
    }

    private TenantDatabase placement(UUID tenantId) {
        return databases.find(tenantId).orElseThrow(() -> new Failure.NotFound("No database for tenant " + tenantId));
    }

    private UUID callerId() {
        try {
            return caller.isPresent() ? caller.get().userId() : null;
        } catch (ContextNotActiveException outsideARequest) {
            return null;
        }
    }

    private static RuntimeException translate(RuntimeException e) {
        if (TenantUnits.isBudgetExhausted(e)) {
            return new Failure.Unavailable("All tenant connections are busy; try again shortly", Duration.ofSeconds(1));
        }
        if (TenantUnits.isConnectionFailure(e)) {
            return new Failure.Unavailable(
                    "The tenant's database cannot be reached; try again later", Duration.ofSeconds(10));
        }
        return e;
    }
}
