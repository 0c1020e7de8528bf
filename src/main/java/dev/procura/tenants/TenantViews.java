package dev.procura.tenants;

import dev.procura.platform.tenancy.TenantAccess.TenantStatus;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the tenants API. */
public final class TenantViews {

    private TenantViews() {}

    @Schema(name = "Tenant")
    public record TenantView(
            UUID id,
            String name,

            @Schema(enumeration = {"active", "suspended", "deleted"})
            String status,

            @Schema(description = "The caller's role") String role,
            Instant createdAt,
            Instant updatedAt) {
        static TenantView of(Tenant tenant, String role) {
            return new TenantView(
                    tenant.id(),
                    tenant.name(),
                    TenantViews.status(tenant.status()),
                    role,
                    tenant.createdAt(),
                    tenant.updatedAt());
        }
    }

    @Schema(name = "TenantDetail")
    public record TenantDetailView(
            UUID id,
            String name,
            String status,
            String role,
            Instant createdAt,
            Instant updatedAt,
            List<MemberView> members,
            long memberCount) {}

    @Schema(name = "Member")
    public record MemberView(
            UUID userId, String email, String firstName, String lastName, String role, Instant joinedAt) {
        static MemberView of(Membership membership, dev.procura.identity.IdentityViews.UserView user) {
            return new MemberView(
                    membership.userId(),
                    user == null ? null : user.email(),
                    user == null ? null : user.firstName(),
                    user == null ? null : user.lastName(),
                    membership.role(),
                    membership.createdAt());
        }
    }

    @Schema(name = "RoleAssignments", description = "Every role a member holds; the first is their primary role")
    public record RoleAssignmentsView(UUID userId, String role, List<AssignmentView> assignments) {}

    @Schema(name = "RoleAssignment")
    public record AssignmentView(
            String role,
            boolean tenantWide,

            @Schema(description = "The plants where the role applies; empty when tenant-wide")
            List<UUID> plantIds) {}

    @Schema(name = "Role")
    public record RoleView(
            String name,
            String description,
            Set<String> permissions,

            @Schema(description = "System roles cannot be changed or deleted")
            boolean system) {}

    @Schema(name = "AdminTenant")
    public record AdminTenantView(
            UUID id,
            String name,
            String status,
            String server,
            String database,
            String schemaVersion,
            boolean schemaCurrent,
            long members,
            Instant createdAt,
            Instant deletedAt,

            @Schema(description = "Why writes are refused for now (restore, move, …); null while writable")
            String readOnlyReason) {}

    static String status(TenantStatus status) {
        return status.name().toLowerCase(Locale.ROOT);
    }
}
