package dev.procura.platform.tenancy;

import dev.procura.platform.persistence.DatabaseSettings;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.eclipse.microprofile.config.Config;

/**
 * The PostgreSQL servers that hold tenant databases. {@code procura.tenants.servers} names them
 * (the first is the default); {@code procura.tenants.server.<name>.url} is the server's JDBC base
 * URL (e.g. {@code jdbc:postgresql://db2:5432/}) and {@code .user} / {@code .password} an account
 * that may create roles and databases (default: the control database's). Without a list, the
 * control database's server is the only one, named {@code main}.
 */
@ApplicationScoped
public class TenantServers {

    /** One server: where it is and how Procura administers it. */
    public record Server(String name, String baseUrl, String adminUser, String adminPassword) {
        public String urlOf(String database) {
            return baseUrl + database;
        }
    }

    @Inject
    Config config;

    @Inject
    DatabaseSettings database;

    private final Map<String, Server> servers = new LinkedHashMap<>();

    @PostConstruct
    void load() {
        List<String> names = config.getOptionalValues("procura.tenants.servers", String.class)
                .orElse(List.of());
        servers.putAll(configured(names, name -> config.getOptionalValue(name, String.class), database));
    }

    /** The servers from settings read by {@code setting}, for code that runs without CDI (the migration command). */
    public static TenantServers of(
            List<String> names, Function<String, Optional<String>> setting, DatabaseSettings database) {
        TenantServers tenantServers = new TenantServers();
        tenantServers.database = database;
        tenantServers.servers.putAll(configured(names, setting, database));
        return tenantServers;
    }

    private static Map<String, Server> configured(
            List<String> names, Function<String, Optional<String>> setting, DatabaseSettings database) {
        Map<String, Server> servers = new LinkedHashMap<>();
        String defaultUser = database.user();
        String defaultPassword = database.password().orElse(null);
        if (names.isEmpty()) {
            String url = database.url();
            String base = url.contains("?") ? url.substring(0, url.indexOf('?')) : url;
            servers.put(
                    "main",
                    new Server("main", base.substring(0, base.lastIndexOf('/') + 1), defaultUser, defaultPassword));
            return servers;
        }
        for (String name : names) {
            String prefix = "procura.tenants.server." + name + ".";
            String url = setting.apply(prefix + "url")
                    .orElseThrow(() -> new IllegalStateException(prefix + "url is required for tenant server " + name));
            servers.put(
                    name,
                    new Server(
                            name,
                            url.endsWith("/") ? url : url + "/",
                            setting.apply(prefix + "user").orElse(defaultUser),
                            setting.apply(prefix + "password").orElse(defaultPassword)));
        }
        return servers;
    }

    public List<Server> all() {
        return List.copyOf(servers.values());
    }

    public Optional<Server> byName(String name) {
        return Optional.ofNullable(servers.get(name));
    }

    public Connection openAsAdmin(Server server, String databaseName) throws SQLException {
        return database.open(
                server.urlOf(databaseName), database.connectionProperties(server.adminUser(), server.adminPassword()));
    }

    /** A connection to a database of the server as {@code user} (a tenant's role), not as its administrator. */
    public Connection openAs(Server server, String databaseName, String user, String password) throws SQLException {
        return database.open(server.urlOf(databaseName), database.connectionProperties(user, password));
    }

    public java.util.Properties loginProperties(String user, String password) {
        return database.connectionProperties(user, password);
    }
}
