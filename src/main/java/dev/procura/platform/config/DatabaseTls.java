package dev.procura.platform.config;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Production talks to PostgreSQL over TLS only: every connection Procura opens (the control
 * database and each tenant server) needs an {@code sslmode} of at least {@code require}.
 * {@code disable}, {@code allow} and {@code prefer} (the driver's default) may send passwords
 * and data in clear text, so production refuses them unless {@code procura.db.allow-insecure=true}
 * says the operator accepts that, and then start-up logs a warning.
 */
public final class DatabaseTls {

    public static final String ALLOW_INSECURE = "procura.db.allow-insecure";

    static final Set<String> ENCRYPTED = Set.of("require", "verify-ca", "verify-full");

    private static final String DRIVER_DEFAULT = "prefer";

    /** What start-up does about the connections' TLS. */
    public enum Verdict {
        SECURE,
        INSECURE_ALLOWED,
        REFUSED
    }

    /** The connections without TLS ({@code "control database (sslmode=prefer)"}), empty when all are encrypted. */
    private final List<String> insecure;

    private final Verdict verdict;

    private DatabaseTls(List<String> insecure, Verdict verdict) {
        this.insecure = List.copyOf(insecure);
        this.verdict = verdict;
    }

    /**
     * Checks the connections named by the settings ({@code procura.db.url}, {@code procura.db.sslmode},
     * {@code procura.tenants.servers} and each {@code procura.tenants.server.<name>.url}).
     */
    public static DatabaseTls check(RunMode mode, Function<String, Optional<String>> settings) {
        String sslMode = settings.apply("procura.db.sslmode").orElse(DRIVER_DEFAULT);
        List<String> insecure = new ArrayList<>();
        connections(settings).forEach((name, url) -> {
            String effective = sslModeOf(url).orElse(sslMode);
            if (!ENCRYPTED.contains(effective.strip().toLowerCase(Locale.ROOT))) {
                insecure.add(name + " (sslmode=" + effective + ")");
            }
        });
        if (mode == RunMode.DEV || insecure.isEmpty()) {
            return new DatabaseTls(insecure, Verdict.SECURE);
        }
        boolean allowed =
                settings.apply(ALLOW_INSECURE).map(Boolean::parseBoolean).orElse(false);
        return new DatabaseTls(insecure, allowed ? Verdict.INSECURE_ALLOWED : Verdict.REFUSED);
    }

    public Verdict verdict() {
        return verdict;
    }

    public List<String> insecureConnections() {
        return insecure;
    }

    public String message() {
        String connections = String.join(", ", insecure);
        if (verdict == Verdict.INSECURE_ALLOWED) {
            return "Procura runs in production WITHOUT TLS to PostgreSQL for " + connections + " because "
                    + ALLOW_INSECURE + "=true: passwords and data may cross the network in clear text";
        }
        return "Procura cannot start in production mode: database connections without TLS: " + connections
                + ". Set procura.db.sslmode (PROCURA_DB_SSLMODE) to require, verify-ca or verify-full (and drop"
                + " any weaker sslmode from the JDBC URLs), or set " + ALLOW_INSECURE
                + "=true (PROCURA_DB_ALLOW_INSECURE) to accept unencrypted connections";
    }

    /** The control database and every tenant server by name, with their JDBC URLs. */
    private static Map<String, String> connections(Function<String, Optional<String>> settings) {
        Map<String, String> urls = new LinkedHashMap<>();
        urls.put("control database", settings.apply("procura.db.url").orElse(""));
        String servers = settings.apply("procura.tenants.servers").orElse("");
        Arrays.stream(servers.split(",", -1))
                .map(String::strip)
                .filter(name -> !name.isEmpty())
                .forEach(name -> urls.put(
                        "tenant server " + name,
                        settings.apply("procura.tenants.server." + name + ".url")
                                .orElse("")));
        return urls;
    }

    /** A {@code sslmode} parameter in the URL wins over the connection properties (pgJDBC's rule). */
    static Optional<String> sslModeOf(String jdbcUrl) {
        int query = jdbcUrl.indexOf('?');
        if (query < 0) {
            return Optional.empty();
        }
        for (String parameter : jdbcUrl.substring(query + 1).split("&", -1)) {
            int equals = parameter.indexOf('=');
            if (equals > 0 && parameter.substring(0, equals).equalsIgnoreCase("sslmode")) {
                return Optional.of(parameter.substring(equals + 1));
            }
        }
        return Optional.empty();
    }
}
