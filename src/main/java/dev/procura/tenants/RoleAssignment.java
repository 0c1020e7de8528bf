package dev.procura.tenants;

import dev.procura.platform.persistence.UuidColumn;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

/**
 * A further role a member holds besides their primary one (memberships.role): tenant-wide, or
 * at the listed plants only.
 */
@Entity
@Table(name = "user_roles")
public class RoleAssignment {

    @Id
    private UUID id;

    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "user_id")
    private UUID userId;

    private String role;

    @Column(name = "tenant_wide")
    private boolean tenantWide;

    @Column(name = "created_at")
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_plant_access", joinColumns = @JoinColumn(name = "user_role_id"))
    @Column(name = "plant_id")
    @Convert(converter = UuidColumn.class)
    private Set<UUID> plantIds = new HashSet<>();

    protected RoleAssignment() {}

    /** {@code plantIds} null or empty: tenant-wide. */
    RoleAssignment(UUID tenantId, UUID userId, String role, Set<UUID> plantIds, Instant now) {
        this.id = UUID.randomUUID();
        this.tenantId = tenantId;
        this.userId = userId;
        this.role = role;
        this.tenantWide = plantIds == null || plantIds.isEmpty();
        if (!tenantWide) {
            this.plantIds.addAll(plantIds);
        }
        this.createdAt = now;
    }

    public String role() {
        return role;
    }

    public boolean isTenantWide() {
        return tenantWide;
    }

    public Set<UUID> plantIds() {
        return Set.copyOf(plantIds);
    }

    public UUID userId() {
        return userId;
    }
}
