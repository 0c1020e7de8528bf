import jakarta.persistence.EntityManager;
import jakarta.persistence.EntityManagerFactory;
import jakarta.persistence.Persistence;
import java.io.PrintWriter;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.logging.Logger;
import javax.sql.DataSource;
import org.eclipse.persistence.config.EntityManagerProperties;
import org.eclipse.persistence.jpa.JpaHelper;
import org.eclipse.persistence.sessions.DatabaseLogin;
import org.eclipse.persistence.sessions.JNDIConnector;
import org.eclipse.persistence.sessions.server.ConnectionPolicy;

/**
 * What moving to another tenant costs, measured with the application's own {@code tenant}
 * persistence unit (WEB-INF/classes of the WAR under test on the class path):
 * (a) a new PostgreSQL connection (connect, SELECT 1, close);
 * (b) an EntityManagerFactory per tenant, as before issue 11 (build, first query, close);
 * (c) an EntityManager of the one shared factory on a connection already open, as now.
 * Usage: java -cp … bench/UnitCost.java jdbc:postgresql://127.0.0.1:5432/tenant_x user [rounds]
 * Prints "connect_ms emf_ms em_ms" (medians).
 */
public class UnitCost {

    public static void main(String[] args) throws Exception {
        String url = args[0];
        String user = args[1];
        int rounds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
        Properties login = new Properties();
        login.setProperty("user", user);
        SimpleSource source = new SimpleSource(url, login);

        List<Double> connect = new ArrayList<>();
        for (int i = 0; i < rounds + 5; i++) {
            long t0 = System.nanoTime();
            try (Connection c = source.getConnection(); Statement s = c.createStatement()) {
                s.execute("SELECT 1");
            }
            if (i >= 5) {
                connect.add((System.nanoTime() - t0) / 1e6);
            }
        }

        List<Double> factories = new ArrayList<>();
        for (int i = 0; i < rounds + 3; i++) {
            long t0 = System.nanoTime();
            EntityManagerFactory emf = Persistence.createEntityManagerFactory("tenant", Map.of(
                    "jakarta.persistence.nonJtaDataSource", source, "eclipselink.session-name", "bench-" + i,
                    "eclipselink.logging.level", "WARNING"));
            EntityManager em = emf.createEntityManager();
            em.createQuery("SELECT s FROM SettingsRecord s").getResultList();
            em.close();
            emf.close();
            if (i >= 3) {
                factories.add((System.nanoTime() - t0) / 1e6);
            }
        }

        EntityManagerFactory shared = Persistence.createEntityManagerFactory("tenant", Map.of(
                "jakarta.persistence.nonJtaDataSource", source, "eclipselink.session-name", "bench-shared",
                "eclipselink.logging.level", "WARNING"));
        shared.createEntityManager().close();
        DatabaseLogin template = (DatabaseLogin) JpaHelper.getServerSession(shared).getDatasourceLogin();
        List<Double> managers = new ArrayList<>();
        try (Connection open = source.getConnection()) {
            DataSource oneConnection = new SimpleSource(url, login) {
                @Override
                public Connection getConnection() {
                    return (Connection) java.lang.reflect.Proxy.newProxyInstance(Connection.class.getClassLoader(),
                            new Class<?>[] {Connection.class}, (proxy, method, margs) ->
                                    "close".equals(method.getName()) ? null : method.invoke(open, margs));
                }
            };
            for (int i = 0; i < rounds * 20 + 100; i++) {
                long t0 = System.nanoTime();
                DatabaseLogin perTenant = (DatabaseLogin) template.clone();
                perTenant.setConnector(new JNDIConnector(oneConnection));
                perTenant.setUsesExternalConnectionPooling(false);
                ConnectionPolicy policy = new ConnectionPolicy(perTenant);
                policy.setExclusiveMode(ConnectionPolicy.ExclusiveMode.Always);
                EntityManager em = shared.createEntityManager(Map.of(EntityManagerProperties.CONNECTION_POLICY, policy));
                em.getTransaction().begin();
                em.createQuery("SELECT s FROM SettingsRecord s").getResultList();
                em.getTransaction().commit();
                em.close();
                if (i >= 100) {
                    managers.add((System.nanoTime() - t0) / 1e6);
                }
            }
        }
        shared.close();
        System.out.printf("%.2f %.2f %.3f%n", median(connect), median(factories), median(managers));
    }

    private static double median(List<Double> values) {
        Collections.sort(values);
        return values.get(values.size() / 2);
    }

    static class SimpleSource implements DataSource {
        private final String url;
        private final Properties login;

        SimpleSource(String url, Properties login) {
            this.url = url;
            this.login = login;
        }

        @Override
        public Connection getConnection() throws SQLException {
            return new org.postgresql.Driver().connect(url, login);
        }

        @Override
        public Connection getConnection(String u, String p) throws SQLException {
            return getConnection();
        }

        @Override
        public PrintWriter getLogWriter() {
            return null;
        }

        @Override
        public void setLogWriter(PrintWriter out) {
        }

        @Override
        public void setLoginTimeout(int seconds) {
        }

        @Override
        public int getLoginTimeout() {
            return 0;
        }

        @Override
        public Logger getParentLogger() {
            return Logger.getGlobal();
        }

        @Override
        public <T> T unwrap(Class<T> type) {
            return null;
        }

        @Override
        public boolean isWrapperFor(Class<?> type) {
            return false;
        }
    }
}
