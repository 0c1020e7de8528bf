package dev.procura.platform.audit;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import java.io.StringReader;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The SQL of an audit trail: a tenant database's ({@link Trail#TENANT}) or the control
 * database's platform trail ({@link Trail#PLATFORM}, whose entries may name a tenant). Appends
 * under the caller's lock, writes checkpoints and walks the chain ({@link AuditReads} reads entries back).
 */
public final class AuditChain {

    /** Which database's trail: the platform one has a tenant_id column. */
    public enum Trail {
        TENANT(false),
        PLATFORM(true);

        final boolean hasTenant;

        Trail(boolean hasTenant) {
            this.hasTenant = hasTenant;
        }

        String columns() {
            return "seq, event_id, occurred_at, recorded_at, " + (hasTenant ? "tenant_id" : "NULL::uuid")
                    + ", actor_id, on_behalf_of, action, entity_type, entity_id, changes, details, client_address,"
                    + " request_id, related, content_hash, prev_hash, chain_hash";
        }
    }

    /** The last entry's number and chain hash (0 and the genesis hash for an empty trail). */
    public record Head(long seq, String chainHash) {}

    /** A signed chain head. */
    public record Checkpoint(
            long seq, String chainHash, Instant signedAt, String keyId, String publicKey, String signature) {}

    /** Where the chain first breaks and why. */
    public record Break(long seq, String reason) {}

    /** The outcome of walking a chain. */
    public record Verification(
            boolean intact,
            long entriesChecked,
            Long firstSeq,
            Long lastSeq,
            Break firstBreak,
            int checkpointsVerified,
            Checkpoint lastCheckpoint,
            long unsignedEntries) {}

    private AuditChain() {}

    public static Head head(Connection c) throws SQLException {
        try (PreparedStatement head =
                        c.prepareStatement("SELECT seq, chain_hash FROM audit_log ORDER BY seq DESC LIMIT 1");
                ResultSet rs = head.executeQuery()) {
            return rs.next() ? new Head(rs.getLong(1), rs.getString(2)) : new Head(0, AuditHashes.GENESIS);
        }
    }

    /** Appends the drafts after {@code head}, in order; returns the entries as stored. */
    public static List<AuditEntry> append(
            Connection c, Trail trail, Head head, List<AuditEntry.Draft> drafts, Instant now) throws SQLException {
        List<AuditEntry> entries = new ArrayList<>(drafts.size());
        long seq = head.seq();
        String prev = head.chainHash();
        for (AuditEntry.Draft draft : drafts) {
            AuditEntry entry = draft.chain(++seq, prev, now);
            entries.add(entry);
            prev = entry.chainHash();
        }
        if (entries.isEmpty()) {
            return entries;
        }
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_log (seq, event_id, occurred_at,"
                + " recorded_at, actor_id, on_behalf_of, action, entity_type, entity_id, changes, details,"
                + " client_address, request_id, related, content_hash, prev_hash, chain_hash"
                + (trail.hasTenant ? ", tenant_id" : "")
                + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?" + (trail.hasTenant ? ", ?" : "")
                + ")")) {
            for (AuditEntry e : entries) {
                insert.setLong(1, e.seq());
                insert.setObject(2, e.eventId());
                insert.setTimestamp(3, Timestamp.from(e.occurredAt()));
                insert.setTimestamp(4, Timestamp.from(e.recordedAt()));
                insert.setObject(5, e.actorId());
                insert.setObject(6, e.onBehalfOf());
                insert.setString(7, e.action());
                insert.setString(8, e.entityType());
                insert.setString(9, e.entityId());
                insert.setString(10, e.changes());
                insert.setString(11, e.details());
                insert.setString(12, e.clientAddress());
                insert.setString(13, e.requestId());
                insert.setArray(14, c.createArrayOf("text", e.related().toArray()));
                insert.setString(15, e.contentHash());
                insert.setString(16, e.prevHash());
                insert.setString(17, e.chainHash());
                if (trail.hasTenant) {
                    insert.setObject(18, e.tenantId());
                }
                insert.addBatch();
            }
            insert.executeBatch();
        }
        return entries;
    }

    public static Optional<Checkpoint> lastCheckpoint(Connection c) throws SQLException {
        List<Checkpoint> last = checkpoints(c, "ORDER BY seq DESC LIMIT 1");
        return last.isEmpty() ? Optional.empty() : Optional.of(last.get(0));
    }

    /** Signs {@code head} unless it is already the last checkpoint. */
    public static Optional<Checkpoint> checkpoint(Connection c, Head head, AuditSigner signer, Instant now)
            throws SQLException {
        if (head.seq() == 0) {
            return Optional.empty();
        }
        Optional<Checkpoint> last = lastCheckpoint(c);
        if (last.isPresent() && last.get().seq() >= head.seq()) {
            return Optional.empty();
        }
        AuditSigner.Signed signed = signer.sign(head.seq(), head.chainHash());
        try (PreparedStatement insert = c.prepareStatement("INSERT INTO audit_checkpoints (seq, chain_hash, signed_at,"
                + " key_id, public_key, signature) VALUES (?, ?, ?, ?, ?, ?)")) {
            insert.setLong(1, head.seq());
            insert.setString(2, head.chainHash());
            insert.setTimestamp(3, Timestamp.from(now));
            insert.setString(4, signed.keyId());
            insert.setString(5, signed.publicKey());
            insert.setString(6, signed.signature());
            insert.executeUpdate();
        }
        return Optional.of(new Checkpoint(
                head.seq(), head.chainHash(), now, signed.keyId(), signed.publicKey(), signed.signature()));
    }

    /** The checkpoints, newest first, at most {@code limit}. */
    public static List<Checkpoint> checkpoints(Connection c, int limit) throws SQLException {
        return checkpoints(c, "ORDER BY seq DESC LIMIT " + Math.max(1, limit));
    }

    private static List<Checkpoint> checkpoints(Connection c, String tail) throws SQLException {
        List<Checkpoint> found = new ArrayList<>();
        try (PreparedStatement query = c.prepareStatement(
                        "SELECT seq, chain_hash, signed_at, key_id, public_key, signature FROM audit_checkpoints "
                                + tail);
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                found.add(new Checkpoint(
                        rs.getLong(1),
                        rs.getString(2),
                        rs.getTimestamp(3).toInstant(),
                        rs.getString(4),
                        rs.getString(5),
                        rs.getString(6)));
            }
        }
        return found;
    }

    /**
     * Walks the whole chain in order: every entry's content hash is recomputed, every entry must
     * follow the one before (number and hash), a trail that starts after entry 1 must start where
     * a recorded purge ended, and every checkpoint must be a valid signature of the chain hash of
     * its entry. Stops at the first break. Needs a transaction (the rows are streamed).
     */
    public static Verification verify(Connection c, Trail trail) throws SQLException {
        Map<Long, String> purgedThrough = purges(c);
        Map<Long, Checkpoint> checkpoints = new HashMap<>();
        for (Checkpoint checkpoint : checkpoints(c, "ORDER BY seq")) {
            checkpoints.put(checkpoint.seq(), checkpoint);
        }
        Checkpoint lastCheckpoint = checkpoints.values().stream()
                .max((a, b) -> Long.compare(a.seq(), b.seq()))
                .orElse(null);
        long checked = 0;
        Long firstSeq = null;
        AuditEntry previous = null;
        Break firstBreak = null;
        int checkpointsVerified = 0;
        try (PreparedStatement walk =
                c.prepareStatement("SELECT " + trail.columns() + " FROM audit_log ORDER BY seq")) {
            walk.setFetchSize(5000);
            try (ResultSet rs = walk.executeQuery()) {
                while (rs.next()) {
                    AuditEntry entry = read(rs);
                    checked++;
                    if (firstSeq == null) {
                        firstSeq = entry.seq();
                    }
                    firstBreak = check(previous, entry, purgedThrough);
                    if (firstBreak == null) {
                        Checkpoint checkpoint = checkpoints.get(entry.seq());
                        if (checkpoint != null) {
                            if (!checkpoint.chainHash().equals(entry.chainHash())) {
                                firstBreak = new Break(entry.seq(), "the checkpoint signed another chain hash");
                            } else if (!AuditSigner.verify(
                                    checkpoint.seq(),
                                    checkpoint.chainHash(),
                                    checkpoint.publicKey(),
                                    checkpoint.signature())) {
                                firstBreak = new Break(entry.seq(), "the checkpoint signature does not verify");
                            } else {
                                checkpointsVerified++;
                            }
                        }
                    }
                    if (firstBreak != null) {
                        break;
                    }
                    previous = entry;
                }
            }
        }
        Long lastSeq = previous == null ? null : previous.seq();
        if (firstBreak == null && lastCheckpoint != null && (lastSeq == null || lastCheckpoint.seq() > lastSeq)) {
            firstBreak = new Break(lastCheckpoint.seq(), "entries up to a signed checkpoint are missing");
        }
        long unsigned = lastSeq == null ? 0 : lastSeq - (lastCheckpoint == null ? firstSeq - 1 : lastCheckpoint.seq());
        return new Verification(
                firstBreak == null,
                checked,
                firstSeq,
                lastSeq,
                firstBreak,
                checkpointsVerified,
                lastCheckpoint,
                Math.max(0, unsigned));
    }

    /** The break between {@code previous} and {@code entry}, if any. */
    static Break check(AuditEntry previous, AuditEntry entry, Map<Long, String> purgedThrough) {
        if (!AuditHashes.contentHash(entry).equals(entry.contentHash())) {
            return new Break(entry.seq(), "the entry's content does not match its hash (changed)");
        }
        if (!AuditHashes.chainHash(entry.prevHash(), entry.contentHash()).equals(entry.chainHash())) {
            return new Break(entry.seq(), "the entry's chain hash does not match (changed)");
        }
        if (previous == null) {
            if (entry.seq() == 1) {
                return AuditHashes.GENESIS.equals(entry.prevHash())
                        ? null
                        : new Break(entry.seq(), "the first entry does not start the chain");
            }
            String purged = purgedThrough.get(entry.seq() - 1);
            return entry.prevHash().equals(purged)
                    ? null
                    : new Break(
                            entry.seq(), "entries before " + entry.seq() + " are missing and no purge records them");
        }
        if (entry.seq() != previous.seq() + 1) {
            return new Break(
                    previous.seq() + 1, "entries " + (previous.seq() + 1) + ".." + (entry.seq() - 1) + " are missing");
        }
        if (!entry.prevHash().equals(previous.chainHash())) {
            return new Break(entry.seq(), "the entry does not follow the one before it (reordered or replaced)");
        }
        return null;
    }

    /** Purges recorded in the chain: the last purged entry's number and chain hash. */
    private static Map<Long, String> purges(Connection c) throws SQLException {
        Map<Long, String> purges = new HashMap<>();
        try (PreparedStatement query =
                        c.prepareStatement("SELECT details FROM audit_log WHERE action = '" + PURGED + "'");
                ResultSet rs = query.executeQuery()) {
            while (rs.next()) {
                try (JsonReader reader = Json.createReader(new StringReader(rs.getString(1)))) {
                    JsonObject details = reader.readObject();
                    purges.put(details.getJsonNumber("through_seq").longValue(), details.getString("through_hash"));
                }
            }
        }
        return purges;
    }

    /** The action of the entry a retention purge appends. */
    public static final String PURGED = "audit.purged";

    static AuditEntry read(ResultSet rs) throws SQLException {
        Array related = rs.getArray(15);
        return new AuditEntry(
                rs.getLong(1),
                rs.getObject(2, UUID.class),
                rs.getTimestamp(3).toInstant(),
                rs.getTimestamp(4).toInstant(),
                rs.getObject(5, UUID.class),
                rs.getObject(6, UUID.class),
                rs.getObject(7, UUID.class),
                rs.getString(8),
                rs.getString(9),
                rs.getString(10),
                rs.getString(11),
                rs.getString(12),
                rs.getString(13),
                rs.getString(14),
                related == null ? List.of() : Arrays.asList((String[]) related.getArray()),
                rs.getString(16),
                rs.getString(17),
                rs.getString(18));
    }
}
