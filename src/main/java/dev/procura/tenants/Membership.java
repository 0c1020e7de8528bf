package dev.procura.tenants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/** A user's role in one tenant. */
@Entity
@Table(name = "memberships")
@IdClass(Membership.Key.class)
public class Membership {

    public record Key(UUID tenantId, UUID userId) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Id
    @Column(name = "user_id")
    private UUID userId;

    private String role;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected Membership() {}

    public Membership(UUID tenantId, UUID userId, String role, Instant now) {
        this.tenantId = tenantId;
        this.userId = userId;
        this.role = role;
        this.createdAt = now;
        this.updatedAt = now;
    }

    public void changeRole(String newRole, Instant now) {
        this.role = newRole;
        this.updatedAt = now;
    }

    public boolean isAdmin() {
        return SystemRoles.ADMIN.equals(role);
    }

    public UUID tenantId() {
        return tenantId;
    }

    public UUID userId() {
        return userId;
    }

    public String role() {
        return role;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
