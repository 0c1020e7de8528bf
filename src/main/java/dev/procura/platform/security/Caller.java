package dev.procura.platform.security;

import java.util.Set;
import java.util.UUID;

/** Who is calling, as the verified access token says. */
public record Caller(UUID userId, String email, Set<String> groups, UUID sessionId) {

    public static final String PLATFORM_ADMIN = "platform-admin";

    public boolean isPlatformAdmin() {
        return groups.contains(PLATFORM_ADMIN);
    }
}
