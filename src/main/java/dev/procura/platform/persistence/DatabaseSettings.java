package dev.procura.platform.persistence;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URI;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Connection settings of the control database server, with the TLS settings
 * ({@code procura.db.sslmode}, {@code procura.db.sslrootcert}) that apply to every connection
 * Procura opens, pooled by Liberty or opened here.
 */
@ApplicationScoped
public class DatabaseSettings {

    @Inject
    @ConfigProperty(name = "procura.db.url", defaultValue = "jdbc:postgresql://localhost:5432/procura")
    String url;

    @Inject
    @ConfigProperty(name = "procura.db.user", defaultValue = "postgres")
    String user;

    @Inject
    @ConfigProperty(name = "procura.db.password")
    Optional<String> password;

    @Inject
    @ConfigProperty(name = "procura.db.sslmode", defaultValue = "prefer")
    String sslMode;

    @Inject
    @ConfigProperty(name = "procura.db.sslrootcert")
    Optional<String> sslRootCert;

    /** Settings given directly, for code that runs without CDI (the migration command). */
    public static DatabaseSettings of(String url, String user, String password, String sslMode, String sslRootCert) {
        DatabaseSettings settings = new DatabaseSettings();
        settings.url = url;
        settings.user = user;
        settings.password = Optional.ofNullable(password);
        settings.sslMode = sslMode;
        settings.sslRootCert = Optional.ofNullable(sslRootCert);
        return settings;
    }

    public String url() {
        return url;
    }

    /** The name of the database in the URL, e.g. {@code procura}. */
    public String databaseName() {
        String path = URI.create(url.substring("jdbc:".length())).getPath();
        return path.startsWith("/") ? path.substring(1) : path;
    }

    /** The same server's maintenance database, to create the control database when it is missing. */
    public String maintenanceUrl() {
        String withoutQuery = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
        String query = url.contains("?") ? url.substring(url.indexOf('?')) : "";
        return withoutQuery.substring(0, withoutQuery.lastIndexOf('/') + 1) + "postgres" + query;
    }

    public Properties connectionProperties() {
        return connectionProperties(user, password.orElse(null));
    }

    public String user() {
        return user;
    }

    public Optional<String> password() {
        return password;
    }

    /** Connection properties for another login, with the same TLS settings. */
    public Properties connectionProperties(String loginUser, String loginPassword) {
        Properties properties = new Properties();
        properties.setProperty("user", loginUser);
        if (loginPassword != null && !loginPassword.isEmpty()) {
            properties.setProperty("password", loginPassword);
        }
        properties.setProperty("sslmode", sslMode);
        sslRootCert.filter(s -> !s.isBlank()).ifPresent(path -> properties.setProperty("sslrootcert", path));
        properties.setProperty("ApplicationName", "procura");
        return properties;
    }

    /** Opens a connection with the driver packaged in the application (DriverManager misses it after a redeploy). */
    public Connection open(String jdbcUrl) throws SQLException {
        return open(jdbcUrl, connectionProperties());
    }

    public Connection open(String jdbcUrl, Properties properties) throws SQLException {
        Connection connection = new org.postgresql.Driver().connect(jdbcUrl, properties);
        if (connection == null) {
            throw new SQLException("Not a PostgreSQL JDBC URL: " + jdbcUrl);
        }
        return connection;
    }
}
