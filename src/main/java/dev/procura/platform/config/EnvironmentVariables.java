package dev.procura.platform.config;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * How a setting is found among environment variables, by the rule MicroProfile Config and
 * Liberty's server variables share: the exact name, then the name with every character that is
 * not a letter or digit replaced by {@code _}, then that in upper case
 * ({@code procura.tenants.server.eu-west.url} → {@code PROCURA_TENANTS_SERVER_EU_WEST_URL}).
 * For code that runs without MicroProfile Config (the migration command, a config source).
 */
public final class EnvironmentVariables {

    private EnvironmentVariables() {}

    /** The upper-case variable name a deployment sets for a setting. */
    public static String nameOf(String setting) {
        return sanitized(setting).toUpperCase(Locale.ROOT);
    }

    /** The setting's value; an empty value counts as missing, as in MicroProfile Config. */
    public static Optional<String> lookup(Map<String, String> environment, String setting) {
        for (String name : List.of(setting, sanitized(setting), nameOf(setting))) {
            String value = environment.get(name);
            if (value != null) {
                return value.isEmpty() ? Optional.empty() : Optional.of(value);
            }
        }
        return Optional.empty();
    }

    private static String sanitized(String setting) {
        return setting.replaceAll("[^A-Za-z0-9]", "_");
    }
}
