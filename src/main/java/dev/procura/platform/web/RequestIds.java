package dev.procura.platform.web;

import java.util.UUID;
import java.util.regex.Pattern;

/**
 * The id of the request being served on this thread, for responses and log lines. A client may
 * send its own {@code X-Request-Id}; it is kept only when short and made of safe characters.
 */
public final class RequestIds {

    public static final String HEADER = "X-Request-Id";
    private static final int MAX_LENGTH = 64;
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9._:-]+");
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private RequestIds() {}

    public static String accept(String offered) {
        if (offered == null || offered.isBlank()) {
            return UUID.randomUUID().toString();
        }
        String trimmed = offered.strip();
        if (trimmed.length() > MAX_LENGTH) {
            trimmed = trimmed.substring(0, MAX_LENGTH);
        }
        return SAFE.matcher(trimmed).matches() ? trimmed : UUID.randomUUID().toString();
    }

    public static String current() {
        return CURRENT.get();
    }

    static void set(String requestId) {
        CURRENT.set(requestId);
    }

    static void clear() {
        CURRENT.remove();
    }
}
