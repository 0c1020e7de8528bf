package dev.procura.documents;

import dev.procura.platform.persistence.JsonbColumn;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A tenant's document: a name, a type and tags over one stored file. */
@Entity
@Table(name = "documents")
public class Document {

    @Id
    private UUID id;

    @Column(name = "file_id")
    private UUID fileId;

    private String filename;

    @Column(name = "mime_type")
    private String mimeType;

    private String tags;

    @Column(name = "uploaded_by")
    private UUID uploadedBy;

    @Column(name = "created_at")
    private Instant createdAt;

    @Column(name = "updated_at")
    private Instant updatedAt;

    @Version
    private long version;

    @Convert(converter = JsonbColumn.class)
    @Column(name = "custom_fields")
    private String customFields = "{}";

    protected Document() {}

    /** The stored custom field values (JSON); only the custom fields port reads them. */
    public String customFieldsJson() {
        return customFields;
    }

    void customFields(String json) {
        this.customFields = json;
    }

    public Document(UUID fileId, String filename, String mimeType, List<String> tags, UUID uploadedBy, Instant now) {
        this.id = UUID.randomUUID();
        this.fileId = fileId;
        this.uploadedBy = uploadedBy;
        this.createdAt = now;
        describe(filename, mimeType, tags, now);
    }

    public final void describe(String newFilename, String newMimeType, List<String> newTags, Instant now) {
        this.filename = newFilename;
        this.mimeType = newMimeType;
        this.tags = String.join(",", newTags);
        this.updatedAt = now;
    }

    public boolean isUploadedBy(UUID userId) {
        return uploadedBy.equals(userId);
    }

    public UUID id() {
        return id;
    }

    public UUID fileId() {
        return fileId;
    }

    public String filename() {
        return filename;
    }

    public String mimeType() {
        return mimeType;
    }

    public List<String> tags() {
        return tags.isEmpty() ? List.of() : Arrays.asList(tags.split(","));
    }

    public UUID uploadedBy() {
        return uploadedBy;
    }

    public Instant createdAt() {
        return createdAt;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
