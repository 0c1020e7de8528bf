package dev.procura.backups;

import dev.procura.platform.events.Outbox;
import dev.procura.platform.persistence.ControlTransaction;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Records how backups and restores go, each change with its event on the control outbox in the
 * same transaction: tenant.backup_started|completed|failed, tenant.restore_started|completed|failed.
 */
@ApplicationScoped
public class BackupOutcomes {

    @Inject
    BackupRepository repository;

    @Inject
    Outbox outbox;

    @Inject
    ControlTransaction transaction;

    @Inject
    Clock clock;

    /** Marks the backup running; empty when it is gone or already finished (nothing to do). */
    public Optional<TenantBackup> backupStarted(UUID backupId) {
        return transaction.call(() -> repository
                .lockBackup(backupId)
                .filter(b -> b.status() == BackupStatus.QUEUED || b.status() == BackupStatus.RUNNING)
                .map(b -> {
                    b.started(clock.instant());
                    publish("tenant.backup_started", b.tenantId(), b.requestedBy(), backupFacts(b));
                    return b;
                }));
    }

    public void backupCompleted(UUID backupId, BackupManifest manifest, String key, String sha256, String tables) {
        transaction.run(() -> repository.lockBackup(backupId).ifPresent(b -> {
            b.completed(manifest, key, sha256, tables, clock.instant());
            Map<String, Object> facts = backupFacts(b);
            facts.put("tables", b.tableCount());
            facts.put("rows", b.rowCount());
            facts.put("stored_bytes", b.storedBytes());
            facts.put("schema_version", b.schemaVersion());
            publish("tenant.backup_completed", b.tenantId(), b.requestedBy(), facts);
        }));
    }

    public void backupFailed(UUID backupId, String reason) {
        transaction.run(() -> repository.lockBackup(backupId).ifPresent(b -> {
            b.failed(reason, clock.instant());
            Map<String, Object> facts = backupFacts(b);
            facts.put("reason", reason);
            publish("tenant.backup_failed", b.tenantId(), b.requestedBy(), facts);
        }));
    }

    public Optional<TenantRestore> restoreStarted(UUID restoreId) {
        return transaction.call(() -> repository
                .lockRestore(restoreId)
                .filter(r -> r.status() == BackupStatus.QUEUED || r.status() == BackupStatus.RUNNING)
                .map(r -> {
                    r.started(clock.instant());
                    publish("tenant.restore_started", r.tenantId(), r.requestedBy(), restoreFacts(r));
                    return r;
                }));
    }

    public void restoreCompleted(UUID restoreId, RestoredDatabase restored) {
        transaction.run(() -> repository.lockRestore(restoreId).ifPresent(r -> {
            r.completed(
                    restored.databaseName(),
                    restored.tables(),
                    restored.rows(),
                    restored.missingFiles(),
                    clock.instant());
            Map<String, Object> facts = restoreFacts(r);
            facts.put("database", restored.databaseName());
            facts.put("tables", restored.tables());
            facts.put("rows", restored.rows());
            facts.put("files_missing", restored.missingFiles());
            publish("tenant.restore_completed", r.tenantId(), r.requestedBy(), facts);
        }));
    }

    public void restoreFailed(UUID restoreId, String reason) {
        transaction.run(() -> repository.lockRestore(restoreId).ifPresent(r -> {
            r.failed(reason, clock.instant());
            Map<String, Object> facts = restoreFacts(r);
            facts.put("reason", reason);
            publish("tenant.restore_failed", r.tenantId(), r.requestedBy(), facts);
        }));
    }

    private void publish(String event, UUID tenantId, UUID actor, Map<String, Object> facts) {
        outbox.publish(event, tenantId.toString(), tenantId, actor, facts);
    }

    private static Map<String, Object> backupFacts(TenantBackup b) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("tenant_id", b.tenantId());
        facts.put("backup_id", b.id());
        facts.put("trigger", b.trigger());
        return facts;
    }

    private static Map<String, Object> restoreFacts(TenantRestore r) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("tenant_id", r.tenantId());
        facts.put("restore_id", r.id());
        facts.put("backup_id", r.backupId());
        facts.put("target", r.target());
        return facts;
    }
}
