package dev.procura.platform.security;

import java.util.UUID;

/** Port implemented by identity: whether a session still stands (not revoked, not expired). */
public interface SessionStatus {
    boolean isActive(UUID sessionId);
}
