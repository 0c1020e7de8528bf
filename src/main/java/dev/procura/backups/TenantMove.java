package dev.procura.backups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One move of a tenant's database to another PostgreSQL server, through a backup of its own. Control database. */
@Entity
@Table(name = "tenant_moves")
public class TenantMove extends TenantJob {

    @Column(name = "backup_id")
    private UUID backupId;

    @Column(name = "from_server")
    private String fromServer;

    @Column(name = "to_server")
    private String toServer;

    @Column(name = "database_name")
    private String databaseName;

    /** What the switch does to the tenant's pin: true pins to to_server, false unpins, null leaves it. */
    private Boolean pin;

    @Column(name = "tables_verified")
    private Integer tablesVerified;

    @Column(name = "rows_moved")
    private Long rowsMoved;

    protected TenantMove() {}

    public TenantMove(
            UUID id,
            UUID tenantId,
            UUID backupId,
            String fromServer,
            String toServer,
            Boolean pin,
            UUID requestedBy,
            Instant now) {
        super(id, tenantId, requestedBy, now);
        this.pin = pin;
        this.backupId = backupId;
        this.fromServer = fromServer;
        this.toServer = toServer;
    }

    void completed(RestoredDatabase moved, Instant now) {
        completedAt(now);
        databaseName = moved.databaseName();
        tablesVerified = moved.tables();
        rowsMoved = moved.rows();
    }

    public UUID backupId() {
        return backupId;
    }

    public String fromServer() {
        return fromServer;
    }

    public String toServer() {
        return toServer;
    }

    public Boolean pin() {
        return pin;
    }

    public String databaseName() {
        return databaseName;
    }

    public Integer tablesVerified() {
        return tablesVerified;
    }

    public Long rowsMoved() {
        return rowsMoved;
    }
}
