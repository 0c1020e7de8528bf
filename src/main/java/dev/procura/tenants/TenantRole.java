package dev.procura.tenants;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.stream.Collectors;

/** A role a tenant admin defined: a named set of permissions. */
@Entity
@Table(name = "tenant_roles")
@IdClass(TenantRole.Key.class)
public class TenantRole {

    public record Key(UUID tenantId, String name) implements Serializable {
        public Key() {
            this(null, null);
        }
    }

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Id
    private String name;

    private String description;
    private String permissions;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected TenantRole() {}

    public TenantRole(UUID tenantId, String name, String description, Set<String> permissions, Instant now) {
        this.tenantId = tenantId;
        this.name = name;
        this.createdAt = now;
        redefine(description, permissions, now);
    }

    public final void redefine(String newDescription, Set<String> newPermissions, Instant now) {
        this.description = newDescription;
        this.permissions = String.join(",", new TreeSet<>(newPermissions));
        this.updatedAt = now;
    }

    public Set<String> permissions() {
        return permissions.isEmpty()
                ? Set.of()
                : Arrays.stream(permissions.split(",")).collect(Collectors.toUnmodifiableSet());
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }
}
