package dev.procura.platform.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The hashes of the audit chain. An entry's content is its fields, each written as
 * {@code length:value;} ({@code -;} for null) in a fixed order, so no two different entries
 * read the same; its chain hash is SHA-256 over the previous chain hash and its content hash.
 */
public final class AuditHashes {

    /** The previous hash of the first entry of a chain. */
    public static final String GENESIS = "0".repeat(64);

    private AuditHashes() {}

    public static String contentHash(AuditEntry entry) {
        StringBuilder content = new StringBuilder(256);
        field(content, Long.toString(entry.seq()));
        field(content, entry.eventId());
        field(content, entry.occurredAt());
        field(content, entry.recordedAt());
        field(content, entry.tenantId());
        field(content, entry.actorId());
        field(content, entry.onBehalfOf());
        field(content, entry.action());
        field(content, entry.entityType());
        field(content, entry.entityId());
        field(content, entry.changes());
        field(content, entry.details());
        field(content, entry.clientAddress());
        field(content, entry.requestId());
        field(content, String.join("\n", entry.related()));
        return sha256(content.toString());
    }

    public static String chainHash(String prevHash, String contentHash) {
        return sha256(prevHash + contentHash);
    }

    static String sha256(String text) {
        try {
            return HexFormat.of()
                    .formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void field(StringBuilder content, Object value) {
        if (value == null) {
            content.append("-;");
        } else {
            String text = value.toString();
            content.append(text.length()).append(':').append(text).append(';');
        }
    }
}
