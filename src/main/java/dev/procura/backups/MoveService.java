package dev.procura.backups;

import dev.procura.backups.BackupViews.MoveView;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.TenantDatabase;
import dev.procura.platform.tenancy.TenantDatabaseRepository;
import dev.procura.platform.tenancy.TenantReadOnly;
import dev.procura.platform.tenancy.TenantServers;
import dev.procura.platform.web.Page;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

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
    TenantDatabaseRepository placements;

    @Inject
    TenantServers servers;

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
        TenantDatabase placement =
                placements.find(tenantId).orElseThrow(() -> new Failure.NotFound("No tenant " + tenantId));
        String target = request.server();
        if (servers.byName(target).isEmpty()) {
            throw new Failure.InvalidInput("server", "must be one of the tenant servers " + serverNames());
        }
        if (placement.serverName().equals(target)) {
            throw new Failure.Conflict(
                    ProblemType.ALREADY_ON_SERVER,
                    "Tenant " + tenantId + " already lives on server " + target,
                    Map.of("server", target));
        }
        readOnly.makeReadOnly(tenantId, READ_ONLY_REASON);
        UUID actor = caller.get().userId();
        TenantBackup backup = new TenantBackup(UUID.randomUUID(), tenantId, TenantBackup.MOVE, actor, clock.instant());
        TenantMove move = new TenantMove(
                UUID.randomUUID(), tenantId, backup.id(), placement.serverName(), target, actor, clock.instant());
        try {
            transaction.run(() -> {
                backups.add(backup);
                outcomes.requested(move);
            });
        } catch (RuntimeException e) {
            readOnly.makeWritable(tenantId, READ_ONLY_REASON);
            throw e;
        }
        try {
            BackupJobs.startMove(move.id());
        } catch (RuntimeException e) {
            outcomes.failed(move.id(), BackupJobs.reason(e));
            readOnly.makeWritable(tenantId, READ_ONLY_REASON);
            throw e;
        }
        return BackupViews.of(move);
    }

    public MoveView get(UUID tenantId, UUID moveId) {
        return BackupViews.of(moves.move(tenantId, moveId)
                .orElseThrow(() -> new Failure.NotFound("No move " + moveId + " of tenant " + tenantId)));
    }

    public Page<MoveView> list(UUID tenantId, int page, int perPage) {
        if (placements.find(tenantId).isEmpty()) {
            throw new Failure.NotFound("No tenant " + tenantId);
        }
        List<MoveView> items = moves.moves(tenantId, (page - 1) * perPage, perPage).stream()
                .map(BackupViews::of)
                .toList();
        return new Page<>(items, page, perPage, moves.count(tenantId));
    }

    private String serverNames() {
        return servers.all().stream().map(TenantServers.Server::name).collect(Collectors.joining(", "));
    }
}
