package dev.procura.platform.tenancy;

import dev.procura.platform.web.ProblemException;
import dev.procura.platform.events.TenantOutbox;
import jakarta.enterprise.context.ApplicationScoped;
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
 * The one way capabilities touch tenant data: a transaction on the current tenant's database
 * that begins, commits or rolls back, and releases the connection, whatever happens. A server
 * that cannot be reached becomes a 503 for that tenant only.
 */
@ApplicationScoped
public class TenantTransactions {

    @Inject
    TenantContext context;

    @Inject
    TenantDatabaseRepository databases;

    @Inject
    TenantUnits units;

    @Inject
    TenantPersistence persistence;

    @Inject
    Event<TenantEventsCommitted> committedEvents;

    /** Tenants whose transaction just committed events to their outbox (the relay listens). */
    public record TenantEventsCommitted(Set<UUID> tenantIds) {
    }

    /** Runs {@code work} in a transaction of the current request's tenant. */
    public <T> T call(Function<EntityManager, T> work) {
        return call(context.tenantId(), work);
    }

    /** Runs {@code work} in a transaction of the given tenant (system work, outside requests). */
    public <T> T call(UUID tenantId, Function<EntityManager, T> work) {
        try (TenantUnits.Lease lease = units.lease(tenantId, () -> databases.find(tenantId)
                .orElseThrow(() -> new ProblemException.NotFound("No database for tenant " + tenantId)))) {
            EntityManager em = persistence.entityManager(lease.dataSource());
            EntityTransaction transaction = em.getTransaction();
            try {
                TenantOutbox.takeWritten();
                transaction.begin();
                T result = work.apply(em);
                transaction.commit();
                Set<UUID> withEvents = TenantOutbox.takeWritten();
                if (!withEvents.isEmpty()) {
                    committedEvents.fire(new TenantEventsCommitted(withEvents));
                }
                return result;
            } catch (RuntimeException e) {
                TenantOutbox.takeWritten();
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
        try (TenantUnits.Lease lease = units.lease(tenantId, () -> databases.find(tenantId)
                .orElseThrow(() -> new ProblemException.NotFound("No database for tenant " + tenantId)));
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

    private static RuntimeException translate(RuntimeException e) {
        if (TenantUnits.isBudgetExhausted(e)) {
            return new ProblemException.Unavailable("All tenant connections are busy; try again shortly", Duration.ofSeconds(1));
        }
        if (TenantUnits.isConnectionFailure(e)) {
            return new ProblemException.Unavailable("The tenant's database cannot be reached; try again later",
                    Duration.ofSeconds(10));
        }
        return e;
    }
}
