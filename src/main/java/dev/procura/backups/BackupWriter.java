package dev.procura.backups;

import dev.procura.platform.storage.BlobStore;
import dev.procura.platform.storage.ObjectOutput;
import dev.procura.platform.tenancy.MasterKey;
import dev.procura.platform.tenancy.TenantCatalog;
import dev.procura.platform.tenancy.TenantDatabase;
import dev.procura.platform.tenancy.TenantRelocation;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;

/**
 * Takes one backup: in a single REPEATABLE READ, READ ONLY transaction on the tenant database, every
 * table goes through {@code COPY … TO STDOUT (FORMAT binary)}, hashed, gzip-compressed, sealed
 * with a fresh data key ({@link SealedSegments}) and streamed to S3 as one object per table; then
 * the manifest. Nothing is held whole in memory: at most a segment and two upload parts per table.
 */
@ApplicationScoped
public class BackupWriter {

    private static final SecureRandom RANDOM = new SecureRandom();

    @Inject
    TenantRelocation relocation;

    @Inject
    BlobStore blobs;

    @Inject
    MasterKey masterKey;

    @Inject
    Clock clock;

    @Inject
    BackupOutcomes outcomes;

    @Resource
    ManagedExecutorService partUploads;

    /**
     * Takes a started backup and records how it went: completed with its manifest, or failed with
     * the reason and its objects removed (the failure is rethrown).
     */
    public BackupManifest take(TenantBackup backup) throws Exception {
        try {
            BackupManifest manifest = write(backup.tenantId(), backup.id());
            String key = storeManifest(manifest);
            String sha256 = HexFormat.of()
                    .formatHex(TableStreams.sha256().digest(manifest.toJson().getBytes(StandardCharsets.UTF_8)));
            outcomes.backupCompleted(backup.id(), manifest, key, sha256, BackupViews.tablesJson(manifest));
            return manifest;
        } catch (Exception | Error e) {
            outcomes.backupFailed(backup.id(), BackupJobs.reason(e));
            blobs.list(backup.prefix()).keySet().forEach(blobs::delete);
            throw e;
        }
    }

    /** Writes the backup's objects and manifest; returns the manifest (also stored). */
    public BackupManifest write(UUID tenantId, UUID backupId) throws Exception {
        TenantDatabase placement = relocation.placement(tenantId);
        SecretKey key = newDataKey();
        String prefix = TenantBackup.prefixOf(tenantId, backupId);
        List<String> changesets;
        List<BackupManifest.Table> tables = new ArrayList<>();
        List<BackupManifest.Sequence> sequences = new ArrayList<>();
        try (Connection db = relocation.openAsAdmin(placement.serverName(), placement.databaseName())) {
            db.setAutoCommit(false);
            db.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            db.setReadOnly(true);
            changesets = TenantCatalog.changesets(db);
            CopyManager copy = db.unwrap(PGConnection.class).getCopyAPI();
            List<String> order = RestoreOrder.of(TenantCatalog.tables(db), TenantCatalog.foreignKeys(db));
            for (int i = 0; i < order.size(); i++) {
                String object = String.format("tables/%03d-%s.bin", i, order.get(i));
                tables.add(dump(copy, db, order.get(i), prefix, object, key, backupId));
            }
            for (String sequence : TenantCatalog.sequences(db)) {
                TenantCatalog.SequenceValue value = TenantCatalog.sequenceValue(db, sequence);
                sequences.add(new BackupManifest.Sequence(sequence, value.lastValue(), value.called()));
            }
            db.commit();
        }
        List<BackupManifest.FileObject> files = blobs.objects("tenants/" + tenantId + "/files/").stream()
                .map(o -> new BackupManifest.FileObject(o.key(), o.size(), o.etag()))
                .toList();
        return new BackupManifest(
                BackupManifest.FORMAT_VERSION,
                backupId,
                tenantId,
                clock.instant(),
                placement.schemaVersion(),
                changesets,
                masterKey.encrypt(Base64.getEncoder().encodeToString(key.getEncoded())),
                tables,
                sequences,
                files);
    }

    /** Stores the manifest as {@code manifest.json}; returns its key. */
    public String storeManifest(BackupManifest manifest) {
        String key = TenantBackup.prefixOf(manifest.tenantId(), manifest.backupId()) + "manifest.json";
        byte[] json = manifest.toJson().getBytes(StandardCharsets.UTF_8);
        ObjectOutput out = ObjectOutput.open(blobs, partUploads, key, "application/json");
        out.write(json, 0, json.length);
        out.close();
        return key;
    }

    /** The label that binds a table's sealed segments to this backup and this object. */
    static String label(UUID backupId, String object) {
        return backupId + "/" + object;
    }

    private BackupManifest.Table dump(
            CopyManager copy, Connection db, String table, String prefix, String object, SecretKey key, UUID backupId)
            throws Exception {
        List<String> columns = TenantCatalog.columns(db, table);
        ObjectOutput stored = ObjectOutput.open(blobs, partUploads, prefix + object, "application/octet-stream");
        try {
            OutputStream sealed = SealedSegments.sealing(stored, key, label(backupId, object));
            GZIPOutputStream compressed = new GZIPOutputStream(sealed, 64 * 1024) {
                {
                    def.setLevel(Deflater.BEST_SPEED);
                }
            };
            TableStreams.Tally raw = new TableStreams.Tally(compressed);
            long rows = copy.copyOut(copySql(table, columns, "TO STDOUT"), raw);
            raw.close();
            return new BackupManifest.Table(
                    table, columns, object, rows, raw.bytes, stored.written(), TableStreams.hex(raw.digest));
        } catch (Exception | Error e) {
            stored.abort();
            throw e;
        }
    }

    static String copySql(String table, List<String> columns, String direction) {
        String list =
                String.join(", ", columns.stream().map(TenantCatalog::quoted).toList());
        return "COPY public." + TenantCatalog.quoted(table) + " (" + list + ") " + direction + " (FORMAT binary)";
    }

    private static SecretKey newDataKey() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return new SecretKeySpec(bytes, "AES");
    }

    static SecretKey unwrap(MasterKey masterKey, String wrapped) {
        return new SecretKeySpec(Base64.getDecoder().decode(masterKey.decrypt(wrapped)), "AES");
    }
}
