package dev.procura.documents;

import dev.procura.platform.storage.ContentDigest;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/**
 * One distinct content of a tenant, stored once in S3 whatever the number of documents using it.
 * A new file's key is {@code tenants/{tenantId}/files/{yyyy}/{mm}/{fileId}}, without the SHA-256
 * that keys of earlier files end with ({@code ..._{sha256}}): a large upload goes to S3 in parts
 * before its digest is known, and renaming it afterwards is a server-side copy of every byte (a
 * CopyObject of 100 MB took 0.5–0.7 s on the local S3Proxy, about as long as the PUT itself).
 * The digest stays in the row; each file keeps the key its row records, so readers and
 * reconciliation never derive a key and both forms live side by side.
 */
@Entity
@Table(name = "files")
public class StoredFile {

    @Id
    private UUID id;

    private String sha256;
    private String md5;

    @Column(name = "size_bytes")
    private long sizeBytes;

    @Column(name = "detected_type")
    private String detectedType;

    @Column(name = "object_key")
    private String objectKey;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "extracted_text")
    private String extractedText;

    private String metadata;

    @Column(name = "extracted_at")
    private Instant extractedAt;

    @Column(name = "extraction_error")
    private String extractionError;

    protected StoredFile() {}

    /** A new file whose content was stored under {@link #objectKeyOf} of the same tenant, id and instant. */
    public StoredFile(UUID tenantId, UUID id, Instant createdAt, ContentDigest digest, String detectedType) {
        this.id = id;
        this.sha256 = digest.sha256();
        this.md5 = digest.md5();
        this.sizeBytes = digest.size();
        this.detectedType = detectedType;
        this.createdAt = createdAt;
        this.objectKey = objectKeyOf(tenantId, id, createdAt);
    }

    /** {@code tenants/{tenantId}/files/{yyyy}/{mm}/{fileId}} */
    static String objectKeyOf(UUID tenantId, UUID fileId, Instant createdAt) {
        var date = createdAt.atOffset(ZoneOffset.UTC);
        return String.format("tenants/%s/files/%04d/%02d/%s", tenantId, date.getYear(), date.getMonthValue(), fileId);
    }

    /** The text and metadata that file.process found in the content. */
    /** The text (empty when unreadable, with {@code error} saying why) and metadata, extracted at {@code at}. */
    public void extracted(String text, String metadataJson, String error, Instant at) {
        this.extractedText = text;
        this.metadata = metadataJson;
        this.extractionError = error == null ? null : error.substring(0, Math.min(error.length(), 1000));
        this.extractedAt = at;
    }

    public Instant extractedAt() {
        return extractedAt;
    }

    public String extractionError() {
        return extractionError;
    }

    public String extractedText() {
        return extractedText;
    }

    public String metadata() {
        return metadata;
    }

    public UUID id() {
        return id;
    }

    public String sha256() {
        return sha256;
    }

    public String md5() {
        return md5;
    }

    public long sizeBytes() {
        return sizeBytes;
    }

    public String detectedType() {
        return detectedType;
    }

    public String objectKey() {
        return objectKey;
    }

    public Instant createdAt() {
        return createdAt;
    }
}
