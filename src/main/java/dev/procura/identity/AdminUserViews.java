package dev.procura.identity;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What platform administrators see of users. */
public final class AdminUserViews {

    private AdminUserViews() {}

    @Schema(name = "AdminUserSummary")
    public record AdminUserSummary(
            UUID id,
            String email,
            String firstName,
            String lastName,

            @Schema(enumeration = {"active", "deactivated"}) String status,

            boolean emailVerified,
            Instant createdAt) {
        static AdminUserSummary of(User user) {
            return new AdminUserSummary(
                    user.id(),
                    user.email(),
                    user.firstName(),
                    user.lastName(),
                    statusOf(user),
                    user.isEmailVerified(),
                    user.createdAt());
        }
    }

    @Schema(name = "AdminUserMembership", description = "A tenant the user belongs to, with the role there")
    public record AdminMembershipView(UUID tenantId, String tenantName, String role) {}

    @Schema(name = "AdminUser")
    public record AdminUserView(
            UUID id,
            String email,
            String firstName,
            String lastName,
            Set<String> groups,

            @Schema(enumeration = {"active", "deactivated"}) String status,

            Instant deactivatedAt,
            boolean emailVerified,

            @Schema(description = "True while a forced password reset waits for the user's new password")
            boolean passwordResetRequired,

            Instant createdAt,
            Instant updatedAt,

            @Schema(description = "When the user last signed in, while the session is still kept; else null")
            Instant lastLoginAt,

            List<AdminMembershipView> memberships) {
        static AdminUserView of(User user, Instant lastLoginAt, List<AdminMembershipView> memberships) {
            return new AdminUserView(
                    user.id(),
                    user.email(),
                    user.firstName(),
                    user.lastName(),
                    user.groups(),
                    statusOf(user),
                    user.deactivatedAt(),
                    user.isEmailVerified(),
                    user.isPasswordResetRequired(),
                    user.createdAt(),
                    user.updatedAt(),
                    lastLoginAt,
                    memberships);
        }
    }

    static String statusOf(User user) {
        return user.isDeactivated() ? "deactivated" : "active";
    }
}
