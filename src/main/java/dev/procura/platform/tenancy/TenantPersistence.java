package dev.procura.platform.tenancy;

import dev.procura.platform.audit.ChangeCapture;
import dev.procura.platform.persistence.DatabaseSettings;
import dev.procura.platform.persistence.PostgresPlatform;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.SQLFeatureNotSupportedException;
import java.util.Map;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.DatasourceLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.server.ConnectionPolicy;

/**
 * One EntityManagerFactory of the {@code tenant} persistence unit serves every tenant: each
 * EntityManager gets its tenant's {@link TenantPool} as its data source and uses one connection of
 * it for all its reads and writes (EclipseLink's exclusive connection mode). With the shared cache
 * off (persistence.xml), nothing read for one tenant is kept where another could see it. So a
 * tenant costs a pool object, not a factory, and switching tenants builds nothing.
 */
@ApplicationScoped
public class TenantPersistence {

    static final String EXCLUSIVE_CONNECTION_MODE = "eclipselink.jdbc.exclusive-connection.mode";
    static final String NON_JTA_DATA_SOURCE = "jakarta.persistence.nonJtaDataSource";

    @Inject
    DatabaseSettings settings;

    private EntityManagerFactory factory;
    private volatile DatasourceLogin loginTemplate;

    /**
     * An EntityManager on the tenant database behind {@code tenantData}; the caller closes it. Its
     * login is the unit's, pointed at the tenant's pool and told that the pool is not an external
     * one: EclipseLink then borrows one connection, on first use, and keeps it until the
     * EntityManager closes (with an external pool it borrows, closes and borrows again).
     */
    public EntityManager entityManager(DataSource tenantData) {
        EntityManagerFactory unit = factory();
        DatabaseLogin login = (DatabaseLogin) loginTemplate.clone();
        login.setConnector(new JNDIConnector(tenantData));
        login.setUsesExternalConnectionPooling(false);
        ConnectionPolicy policy = new ConnectionPolicy(login);
        policy.setExclusiveMode(ConnectionPolicy.ExclusiveMode.Always);
        return unit.createEntityManager(Map.of(EntityManagerProperties.CONNECTION_POLICY, policy));
    }

    private synchronized EntityManagerFactory factory() {
        if (factory == null) {
            DeploymentConnections deployment = new DeploymentConnections(settings);
            EntityManagerFactory created = Persistence.createEntityManagerFactory(
                    "tenant",
                    Map.of(
                            NON_JTA_DATA_SOURCE,
                            deployment,
                            EXCLUSIVE_CONNECTION_MODE,
                            "Always",
                            "eclipselink.session-name",
                            "procura-tenants",
                            "eclipselink.target-database",
                            PostgresPlatform.class.getName(),
                            // the audit trail's record of changed fields
                            "eclipselink.session.customizer",
                            ChangeCapture.Customizer.class.getName()));
            created.createEntityManager().close();
            deployment.deployed = true;
            loginTemplate =
                    (DatasourceLogin) JpaHelper.getServerSession(created).getDatasourceLogin();
            factory = created;
        }
        return factory;
    }

    @PreDestroy
    synchronized void close() {
        if (factory != null) {
            factory.close();
            factory = null;
        }
    }

    /**
     * EclipseLink logs in once when the unit deploys (the control database serves that); after
     * that, a query that is not on a tenant's EntityManager would be a bug, so it fails loudly.
     */
    static final class DeploymentConnections implements DataSource {
        private final DatabaseSettings settings;
        volatile boolean deployed;

        DeploymentConnections(DatabaseSettings settings) {
            this.settings = settings;
        }

        @Override
        public Connection getConnection() throws SQLException {
            if (deployed) {
                throw new SQLException("The tenant persistence unit was used without a tenant's connection");
            }
            return settings.open(settings.url());
        }

        @Override
        public Connection getConnection(String username, String password) throws SQLException {
            throw new SQLFeatureNotSupportedException();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
            // not used
        }

        @Override
        public void setLoginTimeout(int seconds) {
            // not used
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getLogger(TenantPersistence.class.getName());
        }

        @Override
        public <T> T unwrap(Class<T> type) throws SQLException {
            throw new SQLException("Not a wrapper");
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
