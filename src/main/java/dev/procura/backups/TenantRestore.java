package dev.procura.backups;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One restore of a tenant from one of its backups. Control database. */
@Entity
@Table(name = "tenant_restores")
public class TenantRestore extends TenantJob {

    /** The tenant switches to a new database with a name of its own. */
    public static final String NEW = "new";
    /** The restored database takes the current database's name. */
    public static final String IN_PLACE = "in_place";

    @Column(name = "backup_id")
    private UUID backupId;

    private String target;

    @Column(name = "database_name")
    private String databaseName;

    @Column(name = "tables_verified")
    private Integer tablesVerified;

    @Column(name = "files_missing")
    private Integer filesMissing;

    @Column(name = "rows_restored")
    private Long rowsRestored;

    protected TenantRestore() {}

    public TenantRestore(UUID id, UUID tenantId, UUID backupId, String target, UUID requestedBy, Instant now) {
        super(id, tenantId, requestedBy, now);
        this.backupId = backupId;
        this.target = target;
    }

    void completed(String database, int tables, long rows, int missingFiles, Instant now) {
        completedAt(now);
        databaseName = database;
        tablesVerified = tables;
        rowsRestored = rows;
        filesMissing = missingFiles;
    }

    public UUID backupId() {
        return backupId;
    }

    public String target() {
        return target;
    }

    public String databaseName() {
        return databaseName;
    }

    public Integer tablesVerified() {
        return tablesVerified;
    }

    public Integer filesMissing() {
        return filesMissing;
    }

    public Long rowsRestored() {
        return rowsRestored;
    }
}
