package dev.procura.platform.tenancy;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** Where a tenant's database lives and which role owns it. Control database. */
@Entity
@Table(name = "tenant_databases")
public class TenantDatabase {

    @Id
    @Column(name = "tenant_id")
    private UUID tenantId;

    @Column(name = "server_name")
    private String serverName;

    @Column(name = "database_name")
    private String databaseName;

    @Column(name = "owner_role")
    private String ownerRole;

    @Column(name = "password_enc")
    private String passwordEnc;

    @Column(name = "schema_version")
    private String schemaVersion;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "migrated_at")
    private Instant migratedAt;

    /** The server an operator pinned the tenant to; null when not pinned. */
    @Column(name = "pinned_server")
    private String pinnedServer;

    protected TenantDatabase() {}

    public TenantDatabase(
            UUID tenantId,
            String serverName,
            String databaseName,
            String ownerRole,
            String passwordEnc,
            String schemaVersion,
            Instant now) {
        this.tenantId = tenantId;
        this.serverName = serverName;
        this.databaseName = databaseName;
        this.ownerRole = ownerRole;
        this.passwordEnc = passwordEnc;
        this.schemaVersion = schemaVersion;
        this.createdAt = now;
        this.migratedAt = now;
    }

    /** Database and role names derive from the tenant id: lower-case hex, safe as identifiers. */
    public static String databaseNameOf(UUID tenantId) {
        return "tenant_" + tenantId.toString().replace("-", "");
    }

    public boolean isCurrent() {
        return TenantSchema.currentVersion().equals(schemaVersion);
    }

    public void migrated(String version, Instant now) {
        this.schemaVersion = version;
        this.migratedAt = now;
    }

    public String pinnedServer() {
        return pinnedServer;
    }

    /** Pins the tenant to a server (null: unpinned). */
    public void pin(String serverName) {
        this.pinnedServer = serverName;
    }

    /** The tenant now lives in another database (a restore, a move), at the current schema. */
    public void relocated(String newServerName, String newDatabaseName, Instant now) {
        this.serverName = newServerName;
        this.databaseName = newDatabaseName;
        this.schemaVersion = TenantSchema.currentVersion();
        this.migratedAt = now;
    }

    public UUID tenantId() {
        return tenantId;
    }

    public String serverName() {
        return serverName;
    }

    public String databaseName() {
        return databaseName;
    }

    public String ownerRole() {
        return ownerRole;
    }

    public String passwordEnc() {
        return passwordEnc;
    }

    public String schemaVersion() {
        return schemaVersion;
    }
}
