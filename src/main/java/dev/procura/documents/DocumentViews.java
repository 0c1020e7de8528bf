package dev.procura.documents;

import dev.procura.platform.customfields.CustomFieldDocs;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Response bodies of the documents and files API. */
public final class DocumentViews {

    private DocumentViews() {}

    @Schema(name = "StoredFile")
    public record FileView(
            UUID id,
            String sha256,
            String md5,
            long sizeBytes,
            String detectedType,
            Instant createdAt,
            Long documentCount) {
        static FileView of(StoredFile file, Long documentCount) {
            return new FileView(
                    file.id(),
                    file.sha256(),
                    file.md5(),
                    file.sizeBytes(),
                    file.detectedType(),
                    file.createdAt(),
                    documentCount);
        }
    }

    @Schema(name = "Document")
    public record DocumentView(
            UUID id,
            String filename,
            String mimeType,
            List<String> tags,
            UUID uploadedBy,
            Instant createdAt,
            Instant updatedAt,
            FileView file,

            @Schema(description = "True when this content was already stored: no new file was made")
            Boolean duplicate,

            @Schema(description = CustomFieldDocs.SHOWN) Map<String, Object> customFields) {
        static DocumentView of(
                Document document, StoredFile file, Boolean duplicate, Map<String, Object> customFields) {
            return new DocumentView(
                    document.id(),
                    document.filename(),
                    document.mimeType(),
                    document.tags(),
                    document.uploadedBy(),
                    document.createdAt(),
                    document.updatedAt(),
                    file == null ? null : FileView.of(file, null),
                    duplicate,
                    customFields);
        }
    }

    @Schema(name = "FileWithDocuments")
    public record FileDetailView(
            FileView file,
            List<DocumentView> documents,

            @Schema(description = "The first 2,000 characters of the extracted text, once file.process ran")
            String textPreview,

            @Schema(description = "Metadata found in the content (JSON), once file.process ran")
            String metadata) {}

    @Schema(name = "DownloadLink")
    public record DownloadView(String url, Instant expiresAt) {}
}
