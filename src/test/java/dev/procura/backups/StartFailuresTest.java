package dev.procura.backups;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.persistence.ControlTransaction;
import dev.procura.platform.persistence.DatabaseSettings;
import dev.procura.platform.security.Caller;
import dev.procura.platform.security.CurrentCaller;
import dev.procura.platform.tenancy.DedicatedServers;
import dev.procura.platform.tenancy.TenantDatabase;
import dev.procura.platform.tenancy.TenantDatabaseRepository;
import dev.procura.platform.tenancy.TenantReadOnly;
import dev.procura.platform.tenancy.TenantServers;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * What a restore or a move leaves behind when it cannot start: the tenant takes writes again and
 * nothing stays half-recorded. Outside a server the batch runtime is missing, which is exactly a
 * job that fails to start; the database is replaced by small fakes.
 */
class StartFailuresTest {

    private static final Instant NOW = Instant.parse("2026-12-06T08:00:00Z");
    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID OPERATOR = UUID.randomUUID();

    /** Read-only switches in the order they were made. */
    static final class Switches implements TenantReadOnly {
        final List<String> calls = new ArrayList<>();

        @Override
        public void makeReadOnly(UUID tenantId, String reason) {
            calls.add("read-only:" + reason);
        }

        @Override
        public void makeWritable(UUID tenantId, String reason) {
            calls.add("writable:" + reason);
        }
    }

    static final class Transactions extends ControlTransaction {
        boolean fail;

        @Override
        public void run(Runnable work) {
            if (fail) {
                throw new IllegalStateException("control database unavailable");
            }
            work.run();
        }
    }

    static final class Operator extends CurrentCaller {
        @Override
        public Caller get() {
            return new Caller(OPERATOR, "ops@procura.test", java.util.Set.of("platform-admin"), UUID.randomUUID());
        }
    }

    static final class Backups extends BackupRepository {
        final List<Object> added = new ArrayList<>();
        TenantBackup stored;

        @Override
        public void add(Object row) {
            added.add(row);
        }

        @Override
        public Optional<TenantBackup> backup(UUID tenantId, UUID backupId) {
            return Optional.ofNullable(stored).filter(b -> b.id().equals(backupId));
        }
    }

    static final class Placements extends TenantDatabaseRepository {
        @Override
        public Optional<TenantDatabase> find(UUID tenantId) {
            return tenantId.equals(TENANT)
                    ? Optional.of(new TenantDatabase(tenantId, "main", "t_db", "t_owner", "enc", "13", NOW))
                    : Optional.empty();
        }
    }

    static final class MoveRecords extends MoveOutcomes {
        final List<String> calls = new ArrayList<>();

        @Override
        public void requested(TenantMove move) {
            calls.add("requested:" + move.toServer());
        }

        @Override
        public void failed(UUID moveId, String reason) {
            calls.add("failed");
        }
    }

    static final class RestoreRecords extends BackupOutcomes {
        final List<String> calls = new ArrayList<>();

        @Override
        public void restoreFailed(UUID restoreId, String reason) {
            calls.add("failed");
        }
    }

    private String planServer;
    private final Switches switches = new Switches();
    private final Transactions transactions = new Transactions();
    private final Backups backups = new Backups();
    private final MoveRecords moveRecords = new MoveRecords();
    private final RestoreRecords restoreRecords = new RestoreRecords();

    private MoveService moves() {
        MoveService service = new MoveService();
        Map<String, String> settings = Map.of(
                "procura.tenants.server.main.url", "jdbc:postgresql://127.0.0.1:5432/",
                "procura.tenants.server.second.url", "jdbc:postgresql://127.0.0.1:5432/");
        PlacementService placement = new PlacementService();
        placement.placements = new Placements();
        placement.servers = TenantServers.of(
                List.of("main", "second"),
                key -> Optional.ofNullable(settings.get(key)),
                DatabaseSettings.of("jdbc:postgresql://127.0.0.1:5432/procura", "postgres", "x", "disable", null));
        placement.dedicated = new DedicatedServers() {
            @Override
            public Optional<String> of(UUID tenantId) {
                return Optional.ofNullable(planServer);
            }

            @Override
            public Optional<String> forNewTenants() {
                return Optional.empty();
            }
        };
        service.placement = placement;
        service.backups = backups;
        service.outcomes = moveRecords;
        service.readOnly = switches;
        service.transaction = transactions;
        service.caller = new Operator();
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return service;
    }

    private RestoreService restores() {
        RestoreService service = new RestoreService();
        BackupService tenants = new BackupService();
        tenants.placements = new Placements();
        service.backups = tenants;
        service.repository = backups;
        service.outcomes = restoreRecords;
        service.readOnly = switches;
        service.transaction = transactions;
        service.caller = new Operator();
        service.clock = Clock.fixed(NOW, ZoneOffset.UTC);
        return service;
    }

    @Test
    void aMoveWhoseJobCannotStartIsFailedAndTheTenantWritableAgain() {
        assertThrows(RuntimeException.class, () -> moves().start(TENANT, new BackupRequests.Move("second", null)));
        assertEquals(List.of("read-only:move", "writable:move"), switches.calls);
        assertEquals(List.of("requested:second", "failed"), moveRecords.calls);
        assertEquals(1, backups.added.size(), "the move's backup is recorded before the job starts");
    }

    @Test
    void aMoveThatCannotBeRecordedLeavesTheTenantWritable() {
        transactions.fail = true;
        var error = assertThrows(
                IllegalStateException.class, () -> moves().start(TENANT, new BackupRequests.Move("second", null)));
        assertEquals("control database unavailable", error.getMessage());
        assertEquals(List.of("read-only:move", "writable:move"), switches.calls);
        assertTrue(moveRecords.calls.isEmpty());
    }

    @Test
    void aMoveToItsOwnServerOrAnUnknownOneIsRefusedBeforeAnythingChanges() {
        var same = assertThrows(
                Failure.Conflict.class, () -> moves().start(TENANT, new BackupRequests.Move("main", null)));
        assertEquals(ProblemType.ALREADY_ON_SERVER, same.type());
        assertThrows(
                Failure.InvalidInput.class, () -> moves().start(TENANT, new BackupRequests.Move("elsewhere", null)));
        assertThrows(
                Failure.NotFound.class,
                () -> moves().start(UUID.randomUUID(), new BackupRequests.Move("second", null)));
        assertTrue(switches.calls.isEmpty());
    }

    private TenantBackup completedBackup() {
        TenantBackup backup = new TenantBackup(UUID.randomUUID(), TENANT, TenantBackup.MANUAL, OPERATOR, NOW);
        backup.started(NOW);
        backup.completed(
                new BackupManifest(1, backup.id(), TENANT, NOW, "0123", List.of(), "", List.of(), List.of(), List.of()),
                "tenants/x/backups/m.json",
                "ab".repeat(32),
                "[]",
                NOW);
        return backup;
    }

    @Test
    void aRestoreWhoseJobCannotStartIsFailedAndTheTenantWritableAgain() {
        backups.stored = completedBackup();
        assertThrows(
                RuntimeException.class,
                () -> restores().start(TENANT, new BackupRequests.Restore(backups.stored.id(), "new", null)));
        assertEquals(List.of("read-only:restore", "writable:restore"), switches.calls);
        assertEquals(List.of("failed"), restoreRecords.calls);
        assertEquals(1, backups.added.size(), "the restore is recorded before the job starts");
    }

    @Test
    void aRestoreThatCannotBeRecordedLeavesTheTenantWritable() {
        backups.stored = completedBackup();
        transactions.fail = true;
        assertThrows(
                IllegalStateException.class,
                () -> restores()
                        .start(TENANT, new BackupRequests.Restore(backups.stored.id(), "in_place", TENANT.toString())));
        assertEquals(List.of("read-only:restore", "writable:restore"), switches.calls);
        assertTrue(restoreRecords.calls.isEmpty());
    }

    @Test
    void onlyACompletedBackupRestores() {
        TenantBackup running = new TenantBackup(UUID.randomUUID(), TENANT, TenantBackup.MANUAL, OPERATOR, NOW);
        running.started(NOW);
        backups.stored = running;
        var refused = assertThrows(
                Failure.Conflict.class,
                () -> restores().start(TENANT, new BackupRequests.Restore(running.id(), "new", null)));
        assertEquals(ProblemType.BACKUP_NOT_RESTORABLE, refused.type());
        assertThrows(
                Failure.NotFound.class,
                () -> restores().start(TENANT, new BackupRequests.Restore(UUID.randomUUID(), "new", null)));
        assertTrue(switches.calls.isEmpty());
    }

    @Test
    void aTenantPinnedByItsPlanMovesElsewhereOnlyWhenThePinIsSaid() {
        planServer = "main";
        var pinned = assertThrows(
                Failure.Conflict.class, () -> moves().start(TENANT, new BackupRequests.Move("second", null)));
        assertEquals(ProblemType.TENANT_PINNED, pinned.type());
        assertEquals(Map.of("pinned_server", "main", "pinned_by", "plan"), pinned.facts());
        assertTrue(switches.calls.isEmpty(), "refused before the tenant turns read-only");
        assertThrows(RuntimeException.class, () -> moves().start(TENANT, new BackupRequests.Move("second", false)));
        assertEquals(List.of("requested:second", "failed"), moveRecords.calls);
    }
}
