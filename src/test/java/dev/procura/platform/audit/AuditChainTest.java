package dev.procura.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.tenancy.TenantSchema;
import dev.procura.support.ThrowawayDatabase;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/** The chain on a real tenant schema: append, verify, checkpoints, tampering, purge, append-only. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuditChainTest {

    private static final Instant T0 = Instant.parse("2019-03-01T10:15:30.123456789Z");

    private ThrowawayDatabase db;
    private final AuditSigner signer = signer();

    @BeforeAll
    void migrate() throws Exception {
        db = ThrowawayDatabase.create("audit_chain").migrated(TenantSchema.CHANGELOG);
    }

    @AfterAll
    void drop() throws Exception {
        db.close();
    }

    static AuditSigner signer() {
        AuditSigner signer = new AuditSigner();
        byte[] seed = new byte[32];
        new SecureRandom().nextBytes(seed);
        signer.mode = "dev";
        signer.seed = Optional.of(Base64.getEncoder().encodeToString(seed));
        signer.seedLocation = Optional.empty();
        signer.load();
        return signer;
    }

    static AuditEntry.Draft draft(Instant at, String action, String id) {
        return new AuditEntry.Draft(
                UUID.randomUUID(),
                at,
                null,
                UUID.randomUUID(),
                null,
                action,
                AuditDrafts.recordType(action),
                id,
                "[{\"entity_type\":\"supplier\",\"entity_id\":\"" + id + "\",\"field\":\"legal_name\",\"before\":\"A\","
                        + "\"after\":\"B\"}]",
                "{\"code\":\"X\"}",
                "203.0.113.9",
                "req-1",
                List.of("supplier:" + id));
    }

    private void fill(Connection c, int days) throws SQLException {
        List<AuditEntry.Draft> drafts = new ArrayList<>();
        for (int i = 0; i < days; i++) {
            drafts.add(draft(T0.plus(i * 365L, ChronoUnit.DAYS), "supplier.updated", "s" + i));
        }
        AuditChain.append(c, AuditChain.Trail.TENANT, AuditChain.head(c), drafts, T0);
    }

    @Test
    void aChainVerifiesAndEachKindOfTamperingBreaksItWhereItHappened() throws Exception {
        try (Connection c = db.connect();
                Statement sql = c.createStatement()) {
            sql.execute("TRUNCATE audit_log, audit_checkpoints");
            c.setAutoCommit(false);
            fill(c, 6);
            AuditChain.checkpoint(c, AuditChain.head(c), signer, T0);
            AuditChain.Verification ok = AuditChain.verify(c, AuditChain.Trail.TENANT);
            assertTrue(ok.intact());
            assertEquals(6, ok.entriesChecked());
            assertEquals(1, ok.checkpointsVerified());
            assertEquals(0, ok.unsignedEntries());
            assertEquals(
                    "supplier.updated",
                    AuditReads.find(c, AuditChain.Trail.TENANT, AuditReads.Query.all(), 0, 1)
                            .get(0)
                            .action());
            c.commit();
            c.setAutoCommit(true);
            sql.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only");
            c.setAutoCommit(false);
            sql.executeUpdate("UPDATE audit_log SET details = '{\"code\":\"Y\"}' WHERE seq = 3");
            assertBreak(c, 3, "changed");
            c.rollback();
            sql.executeUpdate("DELETE FROM audit_log WHERE seq = 4");
            assertBreak(c, 4, "missing");
            c.rollback();
            sql.executeUpdate("DELETE FROM audit_log WHERE seq = 1");
            assertBreak(c, 2, "no purge");
            c.rollback();
            sql.executeUpdate("UPDATE audit_log SET seq = 0 WHERE seq = 2");
            sql.executeUpdate("UPDATE audit_log SET seq = 2 WHERE seq = 5");
            sql.executeUpdate("UPDATE audit_log SET seq = 5 WHERE seq = 0");
            assertBreak(c, 2, "");
            c.rollback();
            sql.executeUpdate("DELETE FROM audit_log WHERE seq = 6");
            assertBreak(c, 6, "signed checkpoint");
            c.rollback();
            assertTrue(AuditChain.verify(c, AuditChain.Trail.TENANT).intact());
            c.commit();
            c.setAutoCommit(true);
            sql.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only");
            SQLException refused = assertThrows(SQLException.class, () -> sql.executeUpdate("DELETE FROM audit_log"));
            assertTrue(refused.getMessage().contains("append-only"), refused.getMessage());
        }
    }

    private static void assertBreak(Connection c, long seq, String reason) throws SQLException {
        AuditChain.Verification broken = AuditChain.verify(c, AuditChain.Trail.TENANT);
        assertFalse(broken.intact());
        assertEquals(seq, broken.firstBreak().seq(), broken.firstBreak().reason());
        assertTrue(
                broken.firstBreak().reason().contains(reason),
                broken.firstBreak().reason());
    }

    @Test
    void aPurgeRemovesTheOldPrefixAndTheRestStillVerifies() throws Exception {
        try (Connection c = db.connect();
                Statement sql = c.createStatement()) {
            sql.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only");
            sql.execute("TRUNCATE audit_log, audit_checkpoints");
            sql.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only");
            c.setAutoCommit(false);
            fill(c, 5); // one entry a year from 2019
            Instant cutoff = T0.plus(2 * 365L + 1, ChronoUnit.DAYS);
            AuditPurge.Purged purged = AuditPurge.mark(c, cutoff, 2, T0.plus(2000, ChronoUnit.DAYS))
                    .orElseThrow();
            c.commit();
            assertEquals(1, purged.fromSeq());
            assertEquals(3, purged.throughSeq());
            assertEquals(3, purged.count());
            try (Connection admin = db.connect()) {
                AuditPurge.delete(admin, purged.throughSeq());
            }
            AuditChain.Verification after = AuditChain.verify(c, AuditChain.Trail.TENANT);
            assertTrue(after.intact(), String.valueOf(after.firstBreak()));
            assertEquals(4, after.firstSeq());
            assertEquals(6, after.lastSeq());
            AuditEntry marker = AuditReads.find(c, AuditChain.Trail.TENANT, AuditReads.Query.all(), 0, 1)
                    .get(0);
            assertEquals(AuditChain.PURGED, marker.action());
            assertTrue(marker.details().contains("\"count\":3"), marker.details());
            assertTrue(AuditPurge.mark(c, T0, 7, T0).isEmpty(), "nothing older than the first entry");
            c.commit();
        }
    }

    @Test
    void entriesReadBackByFilterInBothOrders() throws Exception {
        try (Connection c = db.connect();
                Statement sql = c.createStatement()) {
            sql.execute("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only");
            sql.execute("TRUNCATE audit_log, audit_checkpoints");
            sql.execute("ALTER TABLE audit_log ENABLE TRIGGER audit_log_append_only");
            c.setAutoCommit(false);
            fill(c, 4);
            AuditReads.Query about =
                    new AuditReads.Query(null, "supplier.", "supplier", "s2", null, null, null, null, null);
            assertEquals(1, AuditReads.count(c, AuditChain.Trail.TENANT, about));
            AuditReads.Query since = new AuditReads.Query(
                    null,
                    null,
                    null,
                    null,
                    T0.plus(366, ChronoUnit.DAYS),
                    null,
                    null,
                    null,
                    List.of("supplier:s0", "supplier:s3"));
            assertEquals(1, AuditReads.count(c, AuditChain.Trail.TENANT, since));
            List<AuditEntry> ascending = AuditReads.after(c, AuditChain.Trail.TENANT, AuditReads.Query.all(), 1, 10);
            assertEquals(
                    List.of(2L, 3L, 4L), ascending.stream().map(AuditEntry::seq).toList());
            assertEquals(
                    1,
                    AuditReads.byEventIds(
                                    c,
                                    AuditChain.Trail.TENANT,
                                    List.of(ascending.get(0).eventId()))
                            .size());
            assertNull(AuditChain.lastCheckpoint(c).orElse(null));
            c.rollback();
        }
    }
}
