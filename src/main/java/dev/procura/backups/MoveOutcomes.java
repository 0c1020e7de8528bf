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
 * Records how moves go, each change with its event on the control outbox in the same transaction:
 * tenant.move_started|completed|failed.
 */
@ApplicationScoped
public class MoveOutcomes {

    @Inject
    MoveRepository repository;

    @Inject
    Outbox outbox;

    @Inject
    ControlTransaction transaction;

    @Inject
    Clock clock;

    /** Saves a new move and publishes tenant.move_started with it. */
    public void requested(TenantMove move) {
        transaction.run(() -> {
            repository.add(move);
            publish("tenant.move_started", move, facts(move));
        });
    }

    /** Marks the move running; empty when it is gone or already finished (nothing to do). */
    public Optional<TenantMove> started(UUID moveId) {
        return transaction.call(() -> repository
                .lock(moveId)
                .filter(m -> m.status() == BackupStatus.QUEUED || m.status() == BackupStatus.RUNNING)
                .map(m -> {
                    m.started(clock.instant());
                    return m;
                }));
    }

    public void completed(UUID moveId, RestoredDatabase moved) {
        transaction.run(() -> repository.lock(moveId).ifPresent(m -> {
            m.completed(moved, clock.instant());
            Map<String, Object> facts = facts(m);
            facts.put("database", moved.databaseName());
            facts.put("tables", moved.tables());
            facts.put("rows", moved.rows());
            publish("tenant.move_completed", m, facts);
        }));
    }

    public void failed(UUID moveId, String reason) {
        transaction.run(() -> repository.lock(moveId).ifPresent(m -> {
            m.failed(reason, clock.instant());
            Map<String, Object> facts = facts(m);
            facts.put("reason", reason);
            publish("tenant.move_failed", m, facts);
        }));
    }

    private void publish(String event, TenantMove move, Map<String, Object> facts) {
        outbox.publish(event, move.tenantId().toString(), move.tenantId(), move.requestedBy(), facts);
    }

    private static Map<String, Object> facts(TenantMove m) {
        Map<String, Object> facts = new HashMap<>();
        facts.put("tenant_id", m.tenantId());
        facts.put("move_id", m.id());
        facts.put("backup_id", m.backupId());
        facts.put("from_server", m.fromServer());
        facts.put("to_server", m.toServer());
        if (m.pin() != null) {
            facts.put("pin", m.pin());
        }
        return facts;
    }
}
