package dev.procura.backups;

import dev.procura.backups.BackupViews.MoveView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.TenantDatabase;
import dev.procura.platform.tenancy.TenantReadOnly;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Moves of a tenant's database to another configured PostgreSQL server. Like a restore, the tenant
 * turns read-only before the job starts (a write right after the 202 is refused) and takes writes
 * again when the job ends, however it ends; a failed move leaves it on its old server.
 */
@ApplicationScoped
public class MoveService {

    /** The reason a moving tenant gives for refusing writes. */
    public static final String READ_ONLY_REASON = "move";

    @Inject
    PlacementService placement;

    @Inject
    BackupRepository backups;

    @Inject
    MoveRepository moves;

    @Inject
    MoveOutcomes outcomes;

    @Inject
    TenantReadOnly readOnly;

    @Inject
    ControlTransaction transaction;

    @Inject
    CurrentCaller caller;

    @Inject
    Clock clock;

    public MoveView start(UUID tenantId, BackupRequests.Move request) {
        TenantDatabase current = placement.found(tenantId);
        String target = request.server();
        placement.requireKnown("server", target);
        if (current.serverName().equals(target)) {
            throw new Failure.Conflict(
                    ProblemType.ALREADY_ON_SERVER,
                    "Tenant " + tenantId + " already lives on server " + target,
                    Map.of("server", target));
        }
        if (request.pin() == null) {
            placement
                    .requirement(current)
                    .filter(r -> !r.server().equals(target))
                    .ifPresent(r -> {
                        throw new Failure.Conflict(
                                ProblemType.TENANT_PINNED,
                                "Tenant " + tenantId + " is pinned to server " + r.server() + " (by its " + r.by()
                                        + "); say pin true or false to move it to " + target,
                                Map.of("pinned_server", r.server(), "pinned_by", r.by()));
                    });
        }
        UUID actor = caller.get().userId();
        TenantBackup backup = new TenantBackup(UUID.randomUUID(), tenantId, TenantBackup.MOVE, actor, clock.instant());
        TenantMove move = new TenantMove(
                UUID.randomUUID(),
                tenantId,
                backup.id(),
                current.serverName(),
                target,
                request.pin(),
                actor,
                clock.instant());
        BackupJobs.startReadOnly(
                readOnly,
                transaction,
                tenantId,
                READ_ONLY_REASON,
                () -> {
                    backups.add(backup);
                    outcomes.requested(move);
                },
                () -> BackupJobs.startMove(move.id()),
                reason -> outcomes.failed(move.id(), reason));
        return BackupViews.of(move);
    }

    public MoveView get(UUID tenantId, UUID moveId) {
        return BackupViews.of(moves.move(tenantId, moveId)
                .orElseThrow(() -> new Failure.NotFound("No move " + moveId + " of tenant " + tenantId)));
    }

    public Page<MoveView> list(UUID tenantId, int page, int perPage) {
        placement.found(tenantId);
        List<MoveView> items = moves.moves(tenantId, (page - 1) * perPage, perPage).stream()
                .map(BackupViews::of)
                .toList();
        return new Page<>(items, page, perPage, moves.count(tenantId));
    }
}
