package dev.procura.documents;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

/** One distinct content of a tenant, stored once in S3 whatever the number of documents using it. */
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

    protected StoredFile() {
    }

    public StoredFile(UUID tenantId, String sha256, String md5, long sizeBytes, String detectedType, Instant now) {
        this.id = UUID.randomUUID();
        this.sha256 = sha256;
        this.md5 = md5;
        this.sizeBytes = sizeBytes;
        this.detectedType = detectedType;
        this.createdAt = now;
        this.objectKey = objectKeyOf(tenantId, id, sha256, now);
    }

    /** {@code tenants/{tenantId}/files/{yyyy}/{mm}/{fileId}_{sha256}} */
    static String objectKeyOf(UUID tenantId, UUID fileId, String sha256, Instant when) {
        var date = when.atOffset(ZoneOffset.UTC);
        return String.format("tenants/%s/files/%04d/%02d/%s_%s", tenantId, date.getYear(), date.getMonthValue(), fileId, sha256);
    }

    /** The text and metadata that file.process found in the content. */
    public void extracted(String text, String metadataJson) {
        this.extractedText = text;
        this.metadata = metadataJson;
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
