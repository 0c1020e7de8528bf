package dev.procura.platform.audit;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

/**
 * One entry of an audit trail as stored: what happened, to what, by whom, from where, and its
 * place in the hash chain. {@code tenantId} is set on platform entries about a tenant only.
 * {@code changes} and {@code details} are JSON text, kept byte for byte as hashed.
 */
public record AuditEntry(
        long seq,
        UUID eventId,
        Instant occurredAt,
        Instant recordedAt,
        UUID tenantId,
        UUID actorId,
        UUID onBehalfOf,
        String action,
        String entityType,
        String entityId,
        String changes,
        String details,
        String clientAddress,
        String requestId,
        List<String> related,
        String contentHash,
        String prevHash,
        String chainHash) {

    /** An entry before it has a place in the chain. */
    public record Draft(
            UUID eventId,
            Instant occurredAt,
            UUID tenantId,
            UUID actorId,
            UUID onBehalfOf,
            String action,
            String entityType,
            String entityId,
            String changes,
            String details,
            String clientAddress,
            String requestId,
            List<String> related) {

        /** The draft for a tenant's own trail, which does not repeat the tenant in every entry. */
        public Draft withoutTenant() {
            return new Draft(
                    eventId,
                    occurredAt,
                    null,
                    actorId,
                    onBehalfOf,
                    action,
                    entityType,
                    entityId,
                    changes,
                    details,
                    clientAddress,
                    requestId,
                    related);
        }

        /** Chains the draft after {@code prevHash} as entry {@code seq}; times kept to the microsecond, as stored. */
        public AuditEntry chain(long seq, String prevHash, Instant recordedAt) {
            AuditEntry unhashed = new AuditEntry(
                    seq,
                    eventId,
                    occurredAt.truncatedTo(ChronoUnit.MICROS),
                    recordedAt.truncatedTo(ChronoUnit.MICROS),
                    tenantId,
                    actorId,
                    onBehalfOf,
                    action,
                    entityType,
                    entityId,
                    changes,
                    details,
                    clientAddress,
                    requestId,
                    List.copyOf(related),
                    null,
                    prevHash,
                    null);
            String contentHash = AuditHashes.contentHash(unhashed);
            return unhashed.withHashes(contentHash, AuditHashes.chainHash(prevHash, contentHash));
        }
    }

    AuditEntry withHashes(String content, String chain) {
        return new AuditEntry(
                seq,
                eventId,
                occurredAt,
                recordedAt,
                tenantId,
                actorId,
                onBehalfOf,
                action,
                entityType,
                entityId,
                changes,
                details,
                clientAddress,
                requestId,
                related,
                content,
                prevHash,
                chain);
    }
}
