package dev.procura.platform.config;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The settings production cannot start without. Checked once at start-up so a missing value
 * stops the application with one message naming every missing setting, not a failure later.
 */
public final class RequiredSettings {

    static final List<String> IN_PRODUCTION = List.of(
            "procura.db.url",
            "procura.db.user",
            "procura.db.password",
            "procura.jwt.signing-key",
            "procura.admin.email",
            "procura.admin.password",
            "procura.tenants.master-key",
            "procura.audit.signing-key");

    private RequiredSettings() {}

    /** The required settings that have no value; the signing keys may also be given as files. */
    public static List<String> missing(RunMode mode, Function<String, String> settings) {
        if (mode == RunMode.DEV) {
            return List.of();
        }
        List<String> missing = new ArrayList<>();
        for (String name : IN_PRODUCTION) {
            boolean hasValue = isSet(settings.apply(name))
                    || (name.endsWith(".signing-key") && isSet(settings.apply(name + ".location")));
            if (!hasValue) {
                missing.add(name);
            }
        }
        return missing;
    }

    public static String message(List<String> missing) {
        return "Procura cannot start in production mode: missing settings " + String.join(", ", missing)
                + " (set them as environment variables, e.g. PROCURA_DB_URL, or set procura.mode=dev"
                + " for local development)";
    }

    private static boolean isSet(String value) {
        return value != null && !value.isBlank();
    }
}
