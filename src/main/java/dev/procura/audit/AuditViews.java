package dev.procura.audit;

import dev.procura.platform.audit.AuditChain;
import dev.procura.platform.audit.AuditEntry;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonValue;
import java.io.StringReader;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the audit API answers. */
public final class AuditViews {

    private AuditViews() {}

    @Schema(name = "AuditEntry", description = "One entry of an audit trail")
    public record EntryView(
            @Schema(
                    required = true,
                    enumeration = {"tenant", "platform"},
                    description = "The trail: the tenant's own, or the platform's (membership, roles, tenant"
                            + " life, the members' security events)")
            String trail,

            @Schema(required = true, description = "The entry's number in its trail's chain")
            long seq,

            @Schema(required = true) UUID eventId,
            @Schema(required = true) Instant occurredAt,

            @Schema(description = "Who did it; absent: the system")
            UUID actorId,

            String actorEmail,

            @Schema(description = "Whom the actor acted for (a delegated approval)")
            UUID onBehalfOf,

            @Schema(required = true, example = "purchase_order.submitted")
            String action,

            @Schema(required = true, example = "purchase_order")
            String entityType,

            @Schema(required = true) String entityId,

            @Schema(description = "Fields the change set, before and after (secrets shown as [redacted])")
            List<ChangeView> changes,

            @Schema(description = "The event's data") JsonObject details,
            String clientAddress,
            String requestId,

            @Schema(
                    required = true,
                    description = "SHA-256 over the previous entry's chain hash and this entry's" + " content hash")
            String chainHash) {

        static EntryView of(String trail, AuditEntry entry, String actorEmail) {
            return new EntryView(
                    trail,
                    entry.seq(),
                    entry.eventId(),
                    entry.occurredAt(),
                    entry.actorId(),
                    actorEmail,
                    entry.onBehalfOf(),
                    entry.action(),
                    entry.entityType(),
                    entry.entityId(),
                    parseChanges(entry.changes()),
                    parseDetails(entry.details()),
                    entry.clientAddress(),
                    entry.requestId(),
                    entry.chainHash());
        }
    }

    @Schema(name = "AuditChange")
    public record ChangeView(
            @Schema(required = true) String entityType,
            @Schema(required = true) String entityId,
            @Schema(required = true) String field,
            String before,
            String after) {}

    @Schema(name = "AuditVerification", description = "The outcome of walking the tenant's audit chain")
    public record VerificationView(
            @Schema(
                    required = true,
                    description = "No break found: every entry hashes to what it says and"
                            + " follows the one before; every checkpoint is a valid signature of its entry")
            boolean intact,

            @Schema(required = true) long entriesChecked,
            Long firstSeq,
            Long lastSeq,
            @Schema(description = "The first break, if any") BreakView firstBreak,
            @Schema(required = true) int checkpointsVerified,
            CheckpointView lastCheckpoint,

            @Schema(required = true, description = "Entries after the last checkpoint")
            long unsignedEntries,

            @Schema(required = true) long durationMs) {

        static VerificationView of(AuditChain.Verification v, long durationMs) {
            return new VerificationView(
                    v.intact(),
                    v.entriesChecked(),
                    v.firstSeq(),
                    v.lastSeq(),
                    v.firstBreak() == null
                            ? null
                            : new BreakView(v.firstBreak().seq(), v.firstBreak().reason()),
                    v.checkpointsVerified(),
                    v.lastCheckpoint() == null ? null : CheckpointView.of(v.lastCheckpoint()),
                    v.unsignedEntries(),
                    durationMs);
        }
    }

    @Schema(name = "AuditBreak")
    public record BreakView(
            @Schema(required = true) long seq,
            @Schema(required = true) String reason) {}

    @Schema(
            name = "AuditCheckpoint",
            description = "A signed chain head (Ed25519 over `procura-audit-checkpoint:{seq}:{chain_hash}`)")
    public record CheckpointView(
            @Schema(required = true) long seq,
            @Schema(required = true) String chainHash,
            @Schema(required = true) Instant signedAt,
            @Schema(required = true) String keyId,

            @Schema(required = true, description = "The signing public key, X.509 DER, base64")
            String publicKey,

            @Schema(required = true, description = "base64") String signature) {

        static CheckpointView of(AuditChain.Checkpoint c) {
            return new CheckpointView(c.seq(), c.chainHash(), c.signedAt(), c.keyId(), c.publicKey(), c.signature());
        }
    }

    static List<ChangeView> parseChanges(String json) {
        if (json == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonArray array = reader.readArray();
            return array.stream()
                    .map(JsonValue::asJsonObject)
                    .map(o -> new ChangeView(
                            o.getString("entity_type"),
                            o.getString("entity_id"),
                            o.getString("field"),
                            o.isNull("before") ? null : o.getString("before"),
                            o.isNull("after") ? null : o.getString("after")))
                    .toList();
        }
    }

    static JsonObject parseDetails(String json) {
        if (json == null) {
            return null;
        }
        try (JsonReader reader = Json.createReader(new StringReader(json))) {
            JsonValue value = reader.readValue();
            return value instanceof JsonObject object
                    ? object
                    : Json.createObjectBuilder().add("value", value).build();
        }
    }
}
