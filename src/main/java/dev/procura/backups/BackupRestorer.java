package dev.procura.backups;

import dev.procura.platform.storage.BlobStore;
import dev.procura.platform.tenancy.MasterKey;
import dev.procura.platform.tenancy.TenantCatalog;
import dev.procura.platform.tenancy.TenantDatabase;
import dev.procura.platform.tenancy.TenantRelocation;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.logging.Logger;
import java.util.zip.GZIPInputStream;
import javax.crypto.SecretKey;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Restores a backup into a new database of the tenant: built at the backup's own schema (its
 * number of changesets), filled table by table with {@code COPY … FROM STDIN (FORMAT binary)},
 * verified (each table's stream digest and row count as it goes in, then each table read back and
 * hashed again), migrated forward to the current schema, and only then switched to. On any
 * failure the new database is dropped and the tenant keeps its old one.
 */
@ApplicationScoped
public class BackupRestorer {

    private static final Logger LOG = Logger.getLogger(BackupRestorer.class.getName());

    /** A backup whose bytes, digests or counts are not what its manifest says. */
    public static final class Corrupt extends Exception {
        private static final long serialVersionUID = 1L;

        Corrupt(String message) {
            super(message);
        }
    }

    /** A sound backup of a schema this server's tenant changelog does not build (taken by another version). */
    public static final class Incompatible extends Exception {
        private static final long serialVersionUID = 1L;

        Incompatible(String message) {
            super(message);
        }
    }

    @Inject
    TenantRelocation relocation;

    @Inject
    BlobStore blobs;

    @Inject
    MasterKey masterKey;

    public RestoredDatabase restore(TenantRestore restore, TenantBackup backup) throws Exception {
        BackupManifest manifest = readManifest(backup);
        TenantDatabase placement = relocation.placement(restore.tenantId());
        String server = placement.serverName();
        String suffix = restore.id().toString().substring(0, 8);
        String filled = TenantRelocation.sideName(placement, "r" + suffix);
        try {
            long rows = fill(placement, server, filled, manifest);
            int missing = missingFiles(manifest);
            String now = switchTo(restore, placement, filled, suffix);
            LOG.info("Restored tenant " + restore.tenantId() + " from backup " + backup.id() + " into " + now);
            return new RestoredDatabase(now, manifest.tables().size(), rows, missing);
        } catch (Exception | Error e) {
            relocation.dropQuietly(server, filled);
            throw e;
        }
    }

    /**
     * Restores the move's backup into a new database on the move's target server, switches the
     * tenant to it and drops the old database (and the tenant's role) on the old server.
     */
    public RestoredDatabase move(TenantMove move, TenantBackup backup) throws Exception {
        BackupManifest manifest = readManifest(backup);
        TenantDatabase placement = relocation.placement(move.tenantId());
        if (!placement.serverName().equals(move.fromServer())) {
            throw new IllegalStateException("The tenant left " + move.fromServer() + " since the move was asked for");
        }
        String filled =
                TenantRelocation.sideName(placement, "m" + move.id().toString().substring(0, 8));
        long rows;
        try {
            rows = fill(placement, move.toServer(), filled, manifest);
            relocation.switchTo(move.tenantId(), move.toServer(), filled, move.pin());
        } catch (Exception | Error e) {
            if (!filled.equals(relocation.placement(move.tenantId()).databaseName())) {
                relocation.dropQuietly(move.toServer(), filled);
            }
            throw e;
        }
        relocation.retire(placement);
        LOG.info("Moved tenant " + move.tenantId() + " from " + move.fromServer() + " to " + filled + " on "
                + move.toServer());
        return new RestoredDatabase(filled, manifest.tables().size(), rows, missingFiles(manifest));
    }

    /** Builds {@code name} on {@code server} at the backup's schema, loads and verifies it, migrates it forward. */
    private long fill(TenantDatabase placement, String server, String name, BackupManifest manifest) throws Exception {
        SecretKey key = BackupWriter.unwrap(masterKey, manifest.wrappedKey());
        relocation.dropQuietly(server, name); // left over by a server that died in this restore or move
        relocation.createEmpty(placement, server, name, manifest.changesets().size());
        requireSameSchema(placement, server, name, manifest);
        java.util.Map<String, String> loaded = new java.util.HashMap<>();
        long rows = load(server, name, manifest, key, loaded);
        verify(server, name, manifest, loaded);
        relocation.migrateForward(placement, server, name);
        return rows;
    }

    private String switchTo(TenantRestore restore, TenantDatabase placement, String filled, String suffix)
            throws SQLException {
        String old = placement.databaseName();
        if (TenantRestore.IN_PLACE.equals(restore.target())) {
            String retired = TenantRelocation.sideName(placement, "o" + suffix);
            relocation.swapInPlace(placement, filled, retired);
            relocation.dropQuietly(placement.serverName(), retired);
            return old;
        }
        relocation.switchTo(restore.tenantId(), placement.serverName(), filled);
        relocation.dropQuietly(placement.serverName(), old);
        return filled;
    }

    BackupManifest readManifest(TenantBackup backup) throws IOException, Corrupt {
        byte[] json;
        try (InputStream in = blobs.open(backup.manifestKey())) {
            json = in.readAllBytes();
        }
        MessageDigest digest = TableStreams.sha256();
        String sha256 = HexFormat.of().formatHex(digest.digest(json));
        if (!sha256.equals(backup.manifestSha256())) {
            throw new Corrupt("The backup's manifest does not match its checksum");
        }
        BackupManifest manifest = BackupManifest.parse(new String(json, StandardCharsets.UTF_8));
        if (!manifest.backupId().equals(backup.id()) || !manifest.tenantId().equals(backup.tenantId())) {
            throw new Corrupt("The manifest belongs to another backup");
        }
        return manifest;
    }

    private void requireSameSchema(TenantDatabase placement, String server, String name, BackupManifest manifest)
            throws SQLException, Incompatible {
        try (Connection db = relocation.openAsOwner(placement, server, name)) {
            List<String> applied = TenantCatalog.changesets(db);
            if (!applied.equals(manifest.changesets())) {
                throw new Incompatible(
                        "The backup's schema (" + manifest.changesets().size()
                                + " changesets) is not the one this server's tenant changelog builds (" + applied.size()
                                + "): restore it with the version of Procura that took it");
            }
        }
    }

    private long load(
            String server, String name, BackupManifest manifest, SecretKey key, java.util.Map<String, String> loaded)
            throws Exception {
        long rows = 0;
        try (Connection db = relocation.openAsAdmin(server, name)) {
            withoutTriggers(db);
            db.setAutoCommit(false);
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            for (BackupManifest.Table table : manifest.tables()) {
                CopyRows content = new CopyRows();
                rows += loadTable(copy, manifest, table, key, content);
                loaded.put(table.name(), content.summary());
            }
            for (BackupManifest.Sequence sequence : manifest.sequences()) {
                TenantCatalog.setSequence(
                        db, sequence.name(), new TenantCatalog.SequenceValue(sequence.lastValue(), sequence.called()));
            }
            db.commit();
        }
        return rows;
    }

    private long loadTable(
            CopyManager copy, BackupManifest manifest, BackupManifest.Table table, SecretKey key, CopyRows content)
            throws Exception {
        String object = TenantBackup.prefixOf(manifest.tenantId(), manifest.backupId()) + table.object();
        try (InputStream stored = blobs.open(object);
                InputStream opened =
                        SealedSegments.opening(stored, key, BackupWriter.label(manifest.backupId(), table.object()));
                TableStreams.Reading raw = new TableStreams.Reading(new GZIPInputStream(opened, 64 * 1024), content)) {
            long rows = copy.copyIn(BackupWriter.copySql(table.name(), table.columns(), "FROM STDIN"), raw);
            if (raw.read() != -1) {
                throw new Corrupt("Table " + table.name() + " holds bytes after its COPY stream");
            }
            if (rows != table.rows() || !TableStreams.hex(raw.digest).equals(table.sha256())) {
                throw new Corrupt("Table " + table.name() + " does not match the manifest (" + rows + " of "
                        + table.rows() + " rows)");
            }
            return rows;
        }
    }

    /**
     * Reads every table back from the restored database: the same rows as were loaded, compared
     * as a multiset (a table may read back in another physical order than it was loaded in).
     */
    private void verify(String server, String name, BackupManifest manifest, java.util.Map<String, String> loaded)
            throws Exception {
        try (Connection db = relocation.openAsAdmin(server, name)) {
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            for (BackupManifest.Table table : manifest.tables()) {
                CopyRows read = new CopyRows();
                long rows = copy.copyOut(BackupWriter.copySql(table.name(), table.columns(), "TO STDOUT"), read);
                if (rows != table.rows() || !read.summary().equals(loaded.get(table.name()))) {
                    throw new Corrupt("Table " + table.name() + " reads back differently after the restore");
                }
            }
        }
    }

    private int missingFiles(BackupManifest manifest) {
        Set<String> present = new HashSet<>();
        blobs.objects("tenants/" + manifest.tenantId() + "/files/").forEach(o -> present.add(o.key()));
        return (int) manifest.files().stream()
                .filter(f -> !present.contains(f.key()))
                .count();
    }

    /** Loads without firing triggers or checking foreign keys (needs a superuser); restore order covers the rest. */
    private static void withoutTriggers(Connection db) {
        try (Statement statement = db.createStatement()) {
            statement.execute("SET session_replication_role = replica");
        } catch (SQLException e) {
            LOG.warning("Restoring with triggers on (" + e.getMessage() + "): the administrator is not a superuser");
        }
    }
}
