package dev.procura.platform.tenancy;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.ToIntFunction;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.metrics.MetricUnits;
import org.eclipse.microprofile.metrics.annotation.Gauge;

/**
 * One {@link ConnectionBudget} per PostgreSQL server that holds tenant databases: every tenant
 * pool on a server draws from its budget ({@code procura.tenants.connection-budget}), a tenant
 * holds at most {@code procura.tenants.pool-size} at once, idle connections close after
 * {@code procura.tenants.idle-timeout}, and a request waits at most
 * {@code procura.tenants.acquire-timeout} for one.
 */
@ApplicationScoped
public class TenantConnections {

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
    @ConfigProperty(name = "procura.tenants.connection-max-lifetime", defaultValue = "PT30M")
    Duration maxLifetime;

    @Inject
    TenantServers servers;

    @Inject
    MasterKey masterKey;

    @Resource
    ManagedScheduledExecutorService scheduler;

    private final ConcurrentHashMap<String, ConnectionBudget> budgets = new ConcurrentHashMap<>();
    private ScheduledFuture<?> idleSweep;

    void onStart(@Observes @Initialized(ApplicationScoped.class) Object event) {
        long period = Math.max(1, Math.min(60, idleTimeout.toSeconds() / 4));
        idleSweep = scheduler.scheduleWithFixedDelay(this::closeIdle, period, period, TimeUnit.SECONDS);
    }

    /** A pool of the tenant's database on its server's budget, logged in as the tenant's own role. */
    public TenantPool pool(TenantDatabase database) {
        TenantServers.Server server = servers.byName(database.serverName())
                .orElseThrow(() -> new IllegalStateException(
                        "Tenant " + database.tenantId() + " is on unknown server " + database.serverName()));
        String url = server.urlOf(database.databaseName());
        Properties login = servers.loginProperties(database.ownerRole(), masterKey.decrypt(database.passwordEnc()));
        String seconds = Long.toString(Math.max(1, (acquireTimeout.toMillis() + 999) / 1000));
        login.setProperty("connectTimeout", seconds);
        login.setProperty("loginTimeout", seconds);
        return budgetOf(server.name()).pool("tenant-" + database.tenantId(), () -> connect(url, login));
    }

    private static Connection connect(String url, Properties login) throws SQLException {
        Connection connection = new org.postgresql.Driver().connect(url, login);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL JDBC URL: " + url);
        }
        return connection;
    }

    ConnectionBudget budgetOf(String serverName) {
        return budgets.computeIfAbsent(
                serverName,
                name -> new ConnectionBudget(
                        name,
                        new ConnectionBudget.Settings(
                                connectionBudget,
                                poolSize,
                                acquireTimeout,
                                idleTimeout,
                                maxLifetime,
                                Duration.ofSeconds(2))));
    }

    void closeIdle() {
        budgets.values().forEach(ConnectionBudget::closeIdle);
    }

    @Gauge(
            name = "procura_tenant_connection_budget",
            unit = MetricUnits.NONE,
            absolute = true,
            description = "Most connections this server holds to the tenant databases of one PostgreSQL server")
    public int connectionBudgetGauge() {
        return connectionBudget;
    }

    @Gauge(
            name = "procura_tenant_connections_open",
            unit = MetricUnits.NONE,
            absolute = true,
            description = "Tenant database connections open now (busy or idle), all PostgreSQL servers together")
    public int openConnections() {
        return sum(ConnectionBudget::openConnections);
    }

    @Gauge(
            name = "procura_tenant_connections_busy",
            unit = MetricUnits.NONE,
            absolute = true,
            description = "Tenant database connections in use now, all PostgreSQL servers together")
    public int busyConnections() {
        return sum(ConnectionBudget::busyConnections);
    }

    @Gauge(
            name = "procura_tenant_connections_waiting",
            unit = MetricUnits.NONE,
            absolute = true,
            description = "Requests waiting for a tenant database connection now")
    public int waitingRequests() {
        return sum(ConnectionBudget::waiting);
    }

    /** The most connections open on any one PostgreSQL server now (never above the budget). */
    public int mostOpenOnOneServer() {
        return budgets.values().stream()
                .mapToInt(ConnectionBudget::openConnections)
                .max()
                .orElse(0);
    }

    private int sum(ToIntFunction<ConnectionBudget> figure) {
        return budgets.values().stream().mapToInt(figure).sum();
    }

    @PreDestroy
    void closeAll() {
        if (idleSweep != null) {
            idleSweep.cancel(false);
        }
        List.copyOf(budgets.values()).forEach(ConnectionBudget::close);
    }
}
