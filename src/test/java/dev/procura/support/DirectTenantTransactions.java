package dev.procura.support;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.time.TenantCalendar;
import jakarta.persistence.EntityManager;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * Tenant transactions without tenant databases, for unit tests of code that runs in them: the
 * work runs at once with a {@link TenantTx} of the given EntityManager (often none), and JDBC work
 * on a connection the test supplies. Each call is recorded; a tenant can be made to fail.
 */
public class DirectTenantTransactions extends TenantTransactions {

    /** Opens a connection to a tenant's database, for {@link #callOnConnection}. */
    @FunctionalInterface
    public interface Connections {
        Connection open(UUID tenantId) throws SQLException;
    }

    private final EntityManager em;
    private final Clock clock;
    private final Map<UUID, RuntimeException> failures = new ConcurrentHashMap<>();
    private Connections connections = tenantId -> {
        throw new Failure.NotFound("No database for tenant " + tenantId);
    };

    /** The tenants of each call, in order. */
    public final List<UUID> calls = new CopyOnWriteArrayList<>();

    public DirectTenantTransactions() {
        this(null, Clock.systemUTC());
    }

    public DirectTenantTransactions(EntityManager em, Clock clock) {
        this.em = em;
        this.clock = clock;
    }

    /** JDBC work of {@link #callOnConnection} goes to these connections. */
    public DirectTenantTransactions onConnections(Connections opener) {
        this.connections = opener;
        return this;
    }

    /** Every later call for {@code tenantId} throws {@code failure}, as when its database is gone or down. */
    public DirectTenantTransactions failing(UUID tenantId, RuntimeException failure) {
        failures.put(tenantId, failure);
        return this;
    }

    @Override
    public <T> T call(UUID tenantId, UUID actor, Function<TenantTx, T> work) {
        calls.add(tenantId);
        RuntimeException failure = failures.get(tenantId);
        if (failure != null) {
            throw failure;
        }
        return work.apply(new TenantTx(em, tenantId, actor, new TenantCalendar(clock, ZoneOffset.UTC)));
    }

    @Override
    public <T> T callOnConnection(UUID tenantId, JdbcWork<T> work) {
        calls.add(tenantId);
        RuntimeException failure = failures.get(tenantId);
        if (failure != null) {
            throw failure;
        }
        try (Connection connection = connections.open(tenantId)) {
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
            throw new IllegalStateException(e);
        }
    }
}
