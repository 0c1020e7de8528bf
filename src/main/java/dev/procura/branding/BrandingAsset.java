package dev.procura.branding;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** The logo or favicon as it is served: checked PNG bytes or sanitised SVG, never the original upload. */
@Entity
@Table(name = "branding_assets")
public class BrandingAsset {

    @Id
    private String kind;

    @Column(name = "content_type")
    private String contentType;

    @Basic(fetch = FetchType.LAZY)
    private byte[] content;

    private String sha256;

    @Column(name = "source_document_id")
    private UUID sourceDocumentId;

    private Integer width;
    private Integer height;

    @Column(name = "updated_at")
    private Instant updatedAt;

    protected BrandingAsset() {}

    BrandingAsset(AssetKind kind) {
        this.kind = kind.key();
    }

    void hold(BrandImage image, UUID documentId, Instant now) {
        this.contentType = image.contentType();
        this.content = image.bytes();
        this.sha256 = image.sha256();
        this.sourceDocumentId = documentId;
        this.width = image.width();
        this.height = image.height();
        this.updatedAt = now;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }

    public String sha256() {
        return sha256;
    }

    public UUID sourceDocumentId() {
        return sourceDocumentId;
    }

    /** Pixels across, for a PNG; null for an SVG. */
    public Integer width() {
        return width;
    }

    public Integer height() {
        return height;
    }

    public Instant updatedAt() {
        return updatedAt;
    }
}
