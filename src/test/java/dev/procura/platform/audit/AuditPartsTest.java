package dev.procura.platform.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Hashes, signatures, outbox rows into drafts, and captured changes. */
class AuditPartsTest {

    private static final Instant AT = Instant.parse("2026-12-06T01:02:03.456Z");

    private static final String ENVELOPE = "{\"event_id\":\"%s\",\"event_type\":\"%s\",\"tenant_id\":\"%s\","
            + "\"user_id\":\"%s\",\"timestamp\":\"2026-12-06T01:02:03.456Z\",\"data\":%s}";

    @Test
    void theContentHashCoversEveryFieldAndNullIsNotEmpty() {
        AuditEntry entry = AuditChainTest.draft(Instant.parse("2026-01-01T00:00:00Z"), "supplier.created", "s1")
                .chain(1, AuditHashes.GENESIS, Instant.parse("2026-01-01T00:00:01Z"));
        assertEquals(entry.contentHash(), AuditHashes.contentHash(entry));
        assertEquals(AuditHashes.chainHash(AuditHashes.GENESIS, entry.contentHash()), entry.chainHash());
        AuditEntry other = new AuditEntry(
                entry.seq(),
                entry.eventId(),
                entry.occurredAt(),
                entry.recordedAt(),
                entry.tenantId(),
                entry.actorId(),
                entry.onBehalfOf(),
                entry.action(),
                entry.entityType(),
                entry.entityId(),
                entry.changes(),
                entry.details(),
                "",
                entry.requestId(),
                entry.related(),
                null,
                entry.prevHash(),
                null);
        assertNotEquals(entry.contentHash(), AuditHashes.contentHash(other), "an empty address is not no address");
        assertEquals(64, entry.contentHash().length());
    }

    @Test
    void checkpointsVerifyOnlyWithTheirKeyAndTheirHead() throws Exception {
        AuditSigner signer = AuditChainTest.signer();
        AuditSigner.Signed signed = signer.sign(42, "ab".repeat(32));
        assertTrue(AuditSigner.verify(42, "ab".repeat(32), signed.publicKey(), signed.signature()));
        assertFalse(AuditSigner.verify(43, "ab".repeat(32), signed.publicKey(), signed.signature()));
        assertFalse(AuditSigner.verify(42, "cd".repeat(32), signed.publicKey(), signed.signature()));
        assertFalse(
                AuditSigner.verify(42, "ab".repeat(32), AuditChainTest.signer().publicKey(), signed.signature()));
        assertFalse(AuditSigner.verify(42, "ab".repeat(32), "not base64!", signed.signature()));
        byte[] seed = new byte[32];
        assertEquals(
                AuditSigner.fromSeed(seed).getPublic(),
                AuditSigner.fromSeed(seed.clone()).getPublic(),
                "a seed is one key");
        assertEquals(signed.keyId(), signer.keyId());
    }

    @Test
    void anOutboxRowBecomesADraftWithSecretsRedacted() {
        UUID event = UUID.randomUUID();
        UUID tenant = UUID.randomUUID();
        UUID user = UUID.randomUUID();
        UUID delegator = UUID.randomUUID();
        String payload = ENVELOPE.formatted(
                event,
                "approval.approved",
                tenant,
                user,
                "{\"level\":1,\"on_behalf_of\":\"" + delegator + "\",\"webhook\":{\"secret_token\":\"s3\"}}");
        AuditEntry.Draft draft = AuditDrafts.of(new AuditDrafts.OutboxRow(
                        event, AT, "approval.approved", "a-1", payload, "r-9", "198.51.100.7", null))
                .orElseThrow();
        assertEquals(event, draft.eventId());
        assertEquals(user, draft.actorId());
        assertEquals(tenant, draft.tenantId());
        assertEquals(delegator, draft.onBehalfOf());
        assertEquals("approval", draft.entityType());
        assertEquals("a-1", draft.entityId());
        assertEquals("r-9", draft.requestId());
        assertEquals(Instant.parse("2026-12-06T01:02:03.456Z"), draft.occurredAt());
        assertTrue(draft.details().contains("[redacted]") && !draft.details().contains("s3"), draft.details());
        assertNull(draft.withoutTenant().tenantId());

        assertTrue(AuditDrafts.of(new AuditDrafts.OutboxRow(
                        UUID.randomUUID(), AT, "file.process", "f", payload, null, null, null))
                .isEmpty());
        assertTrue(AuditDrafts.of(
                        new AuditDrafts.OutboxRow(UUID.randomUUID(), AT, "x.dlq", "f", payload, null, null, null))
                .isEmpty());
        assertTrue(AuditDrafts.of(
                        new AuditDrafts.OutboxRow(UUID.randomUUID(), AT, "a.b", "f", "not json", null, null, null))
                .isEmpty());
        assertTrue(AuditDrafts.of(new AuditDrafts.OutboxRow(UUID.randomUUID(), AT, "a.b", "f", "[1]", null, null, null))
                .isEmpty());
        // an envelope with no time, user or data (written by hand) is still audited, by the row's id and time
        UUID bare = UUID.randomUUID();
        AuditEntry.Draft minimal = AuditDrafts.of(new AuditDrafts.OutboxRow(
                        bare, AT, "settings.updated", "t", "{\"event_id\":\"" + bare + "\"}", null, null, null))
                .orElseThrow();
        assertEquals(bare, minimal.eventId());
        assertEquals(AT, minimal.occurredAt());
        assertNull(minimal.actorId());
        assertNull(minimal.details());
        AuditEntry.Draft broken = AuditDrafts.of(new AuditDrafts.OutboxRow(
                        bare, AT, "supplier.updated", "s", "{\"event_id\":\"" + bare + "\"}", null, null, "[{]"))
                .orElseThrow();
        assertEquals("{\"unreadable\":true}", broken.details());
        assertEquals(List.of("supplier:s"), broken.related());
    }

    @Test
    void changesNoEventReportsAreAboutTheFirstRecordChanged() {
        String changes = ChangeCapture.toJson(List.of(
                new ChangeCapture.Change("purchase_order_line", "l-1", "quantity", "1", "2"),
                new ChangeCapture.Change("purchase_order", "o-1", "total", null, "20.00")));
        String payload =
                ENVELOPE.formatted(UUID.randomUUID(), "record.changed", UUID.randomUUID(), UUID.randomUUID(), "null");
        AuditEntry.Draft draft = AuditDrafts.of(new AuditDrafts.OutboxRow(
                        UUID.randomUUID(), AT, "record.changed", "l-1", payload, null, null, changes))
                .orElseThrow();
        assertEquals("purchase_order_line", draft.entityType());
        assertNull(draft.details());
        assertEquals(List.of("purchase_order_line:l-1", "purchase_order:o-1"), draft.related());
        assertTrue(changes.contains("\"before\":null"), changes);
    }

    @Test
    void capturedValuesAreReadableAndBounded() {
        assertEquals("purchase_order", ChangeCapture.snakeCase("PurchaseOrder"));
        assertEquals("legal_name", ChangeCapture.snakeCase("legalName"));
        assertEquals("1000", ChangeCapture.text(new BigDecimal("1E+3")));
        assertNull(ChangeCapture.text(null));
        assertEquals(
                ChangeCapture.MAX_VALUE_CHARS + 1,
                ChangeCapture.text("x".repeat(2000)).length());
        ChangeCapture.clear();
        assertFalse(ChangeCapture.pending());
        ChangeCapture.add(new ChangeCapture.Change("supplier", "s", "code", "A", "B"));
        assertTrue(ChangeCapture.pending());
        assertTrue(ChangeCapture.take().contains("\"after\":\"B\""));
        assertNull(ChangeCapture.take());
    }
}
