package dev.procura.tenants;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Request bodies of the tenants API. */
public final class TenantRequests {

    static final String ROLE_NAME = "[a-z][a-z0-9_-]{1,59}";

    private TenantRequests() {}

    @Schema(name = "TenantRequest")
    public record Save(
            @Schema(example = "Acme Manufacturing") @NotBlank @Size(max = 200)
            String name) {}

    @Schema(name = "AddMemberRequest")
    public record AddMember(
            @Schema(example = "bob@example.com") @NotBlank @Email @Size(max = 254)
            String email,

            @Schema(example = "requester") @NotBlank @Pattern(regexp = ROLE_NAME)
            String role) {}

    @Schema(name = "ChangeRoleRequest")
    public record ChangeRole(
            @Schema(example = "approver") @NotBlank @Pattern(regexp = ROLE_NAME)
            String role) {}

    @Schema(
            name = "RoleAssignmentsRequest",
            description = "Every role the member holds, in full. The first tenant-wide assignment is the member's"
                    + " primary role (the `role` of the member); at least one assignment is tenant-wide.")
    public record SetRoles(@NotNull @Size(min = 1, max = 20) List<@Valid @NotNull Assignment> assignments) {}

    @Schema(name = "RoleAssignmentRequest")
    public record Assignment(
            @Schema(example = "requester") @NotBlank @Pattern(regexp = ROLE_NAME)
            String role,

            @Schema(
                    description = "The plants where the role applies; left out for a tenant-wide assignment."
                            + " A permission held only through plant-scoped assignments applies only to records"
                            + " of those plants (records at no plant need it tenant-wide).")
            @Size(min = 1, max = 100)
            Set<@NotNull UUID> plantIds) {}

    @Schema(name = "RoleRequest")
    public record SaveRole(
            @Schema(example = "buyer") @NotBlank @Pattern(regexp = ROLE_NAME)
            String name,

            @Size(max = 300) String description,

            @Schema(example = "[\"tenant:read\", \"settings:read\"]") @NotNull @Size(max = 100)
            Set<@NotBlank String> permissions) {}
}
