package dev.procura.branding;

import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Custom domains as RFC 1123 host names: dot-separated labels of 1 to 63 letters, digits and
 * hyphens (no hyphen first or last), at most 253 characters, two labels at least, and a top-level
 * label that is not all digits, so no IPv4 address passes (IPv6 has colons, which no label has).
 */
public final class Hostnames {

    private static final Pattern LABEL = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    private Hostnames() {}

    /** Why {@code host} (already lower-case) is not a usable custom domain; empty when it is. */
    public static Optional<String> problem(String host) {
        if (host.length() > 253) {
            return Optional.of("must be at most 253 characters");
        }
        String[] labels = host.split("\\.", -1);
        if (labels.length < 2) {
            return Optional.of("must be a fully qualified host name such as procurement.example.com");
        }
        for (String label : labels) {
            if (!LABEL.matcher(label).matches()) {
                return Optional.of("must be a host name (RFC 1123): labels of 1 to 63 letters, digits or '-',"
                        + " not starting or ending with '-', separated by single dots");
            }
        }
        if (labels[labels.length - 1].chars().allMatch(Character::isDigit)) {
            return Optional.of("must be a host name, not an IP address");
        }
        return Optional.empty();
    }
}
