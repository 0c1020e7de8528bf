package dev.procura.platform.tenancy;

import dev.procura.platform.config.DatabaseTls;
import dev.procura.platform.config.EnvironmentVariables;
import dev.procura.platform.config.RunMode;
import dev.procura.platform.persistence.ControlDatabase;
import dev.procura.platform.persistence.DatabaseSettings;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Runs the start-up migrations once and exits: the control changelog, then the tenant template on
 * every tenant server. The Helm chart runs it as a pre-install/pre-upgrade job, so servers roll
 * out onto migrated databases. It reads the server's own environment variables
 * ({@code PROCURA_DB_URL}, {@code PROCURA_TENANTS_SERVERS}, {@code PROCURA_TENANTS_SERVER_<NAME>_URL}, …)
 * and needs no Liberty: {@code java -cp WEB-INF/classes:WEB-INF/lib/* dev.procura.platform.tenancy.MigrateCommand}.
 * A server starting at the same time is harmless: Liquibase's lock and the template lock
 * serialize the two.
 */
public final class MigrateCommand {

    private static final Logger LOG = Logger.getLogger(MigrateCommand.class.getName());

    private final DatabaseSettings database;
    private final TenantServers servers;
    private final String template;

    MigrateCommand(DatabaseSettings database, TenantServers servers, String template) {
        this.database = database;
        this.servers = servers;
        this.template = template;
    }

    /** The command for the settings in {@code environment}, preparing templates named {@code template}. */
    static MigrateCommand fromEnvironment(Map<String, String> environment, String template) {
        Function<String, Optional<String>> setting = name -> EnvironmentVariables.lookup(environment, name);
        String url = setting.apply("procura.db.url")
                .orElseThrow(() -> new IllegalStateException("PROCURA_DB_URL (procura.db.url) is required"));
        DatabaseSettings database = DatabaseSettings.of(
                url,
                setting.apply("procura.db.user").orElse("postgres"),
                setting.apply("procura.db.password").orElse(null),
                setting.apply("procura.db.sslmode").orElse("prefer"),
                setting.apply("procura.db.sslrootcert").orElse(null));
        List<String> names = setting.apply("procura.tenants.servers")
                .map(MigrateCommand::names)
                .orElse(List.of());
        return new MigrateCommand(database, TenantServers.of(names, setting, database), template);
    }

    List<TenantServers.Server> servers() {
        return servers.all();
    }

    /** Migrates everything it can; fails naming the tenant servers whose template could not be prepared. */
    void run() throws Exception {
        ControlDatabase.prepare(database);
        List<String> failed = new ArrayList<>();
        for (TenantServers.Server server : servers.all()) {
            try {
                TenantTemplate.prepare(name -> servers.openAsAdmin(server, name), template);
                LOG.info("Tenant template on server " + server.name() + " at schema " + TenantSchema.currentVersion());
            } catch (Exception e) {
                LOG.log(Level.SEVERE, "Cannot prepare the tenant template on server " + server.name(), e);
                failed.add(server.name());
            }
        }
        if (!failed.isEmpty()) {
            throw new IllegalStateException("Tenant templates not prepared on " + String.join(", ", failed));
        }
    }

    static List<String> names(String commaList) {
        return Arrays.stream(commaList.split(","))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .toList();
    }

    /** The server's rule ({@link DatabaseTls}): a production job does not migrate over unencrypted connections. */
    private static void refuseInsecureConnections(Map<String, String> environment) {
        Function<String, Optional<String>> setting = name -> EnvironmentVariables.lookup(environment, name);
        RunMode mode = RunMode.parse(setting.apply("procura.mode").orElse("prod"));
        DatabaseTls tls = DatabaseTls.check(mode, setting);
        if (tls.verdict() == DatabaseTls.Verdict.REFUSED) {
            throw new IllegalStateException(tls.message());
        }
        if (tls.verdict() == DatabaseTls.Verdict.INSECURE_ALLOWED) {
            LOG.warning(tls.message());
        }
    }

    public static void main(String[] args) {
        System.exit(run(System.getenv(), TenantTemplate.NAME));
    }

    /** Runs the migrations for the settings in {@code environment}; the exit status: 0 when all succeeded. */
    static int run(Map<String, String> environment, String template) {
        // The server sets these in jvm.options; a job has only its command line.
        System.setProperty("liquibase.analytics.enabled", System.getProperty("liquibase.analytics.enabled", "false"));
        System.setProperty("liquibase.showBanner", System.getProperty("liquibase.showBanner", "false"));
        try {
            refuseInsecureConnections(environment);
            fromEnvironment(environment, template).run();
            LOG.info("Migrations done");
            return 0;
        } catch (Exception e) {
            LOG.log(Level.SEVERE, "Migrations failed", e);
            return 1;
        }
    }
}
