package dev.procura.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the identity API; entities never leave the service layer. */
public final class IdentityViews {

    private IdentityViews() {}

    @Schema(name = "User")
    public record UserView(
            UUID id,
            String email,
            String firstName,
            String lastName,
            Set<String> groups,

            @Schema(description = "True once the user confirmed the email with the mailed token")
            boolean emailVerified,

            Instant createdAt,
            Instant updatedAt) {
        static UserView of(User user) {
            return new UserView(
                    user.id(),
                    user.email(),
                    user.firstName(),
                    user.lastName(),
                    user.groups(),
                    user.isEmailVerified(),
                    user.createdAt(),
                    user.updatedAt());
        }
    }

    @Schema(name = "UserTenant", description = "A tenant the user belongs to, with the user's role there")
    public record UserTenantView(UUID id, String name, String role) {}

    @Schema(name = "Tokens")
    public record TokenView(
            @Schema(description = "RS256 JWT; send as `Authorization: Bearer …`")
            String accessToken,

            @Schema(description = "Opaque; single use: each refresh returns a new one")
            String refreshToken,

            @Schema(example = "Bearer") String tokenType,

            @Schema(description = "Seconds until the access token expires", example = "900")
            long expiresIn,

            UserView user,
            List<UserTenantView> tenants) {}

    @Schema(name = "Session")
    public record SessionView(
            UUID id,
            Instant createdAt,
            Instant lastUsedAt,
            Instant expiresAt,
            String clientAddress,
            String userAgent,

            @Schema(description = "True for the session of the token making this call")
            boolean current) {
        static SessionView of(Session session, UUID currentSessionId) {
            return new SessionView(
                    session.id(),
                    session.createdAt(),
                    session.lastUsedAt(),
                    session.expiresAt(),
                    session.clientAddress(),
                    session.userAgent(),
                    session.id().equals(currentSessionId));
        }
    }
}
