package dev.procura.documents;

import dev.procura.platform.exports.ExportField;
import dev.procura.platform.exports.ExportFilter;
import dev.procura.platform.exports.Keyset;
import dev.procura.platform.exports.MasterExports;
import dev.procura.platform.exports.RecordFields;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * Documents for conversions and reports, oldest first: the document's name, type and tags with its
 * stored file's size, detected type, hash and whether its text was extracted. Filter: {@code mime_type}.
 */
@ApplicationScoped
public class DocumentRecords extends MasterExports<Document> {

    /** A document as exported. */
    public record DocumentRecord(
            UUID id,
            String filename,
            String mimeType,
            List<String> tags,
            UUID uploadedBy,
            Instant createdAt,
            Instant updatedAt,
            Long sizeBytes,
            String detectedType,
            String sha256,
            Instant textExtractedAt,
            String extractionError) {}

    private static final List<ExportField> FIELDS = RecordFields.of(DocumentRecord.class, Set.of());

    public DocumentRecords() {
        super(
                Document.class,
                "document",
                Permissions.DOCUMENTS_READ,
                FIELDS,
                Keyset.byTimeThenId("createdAt", Document::createdAt, Document::id),
                Document::id,
                filtersByKey());
    }

    private static Map<String, ExportFilter> filtersByKey() {
        Map<String, ExportFilter> filters = new LinkedHashMap<>();
        filters.put("mime_type", ExportFilter.text("mimeType"));
        return filters;
    }

    @Override
    protected Function<Document, Map<String, Object>> values(TenantTx tx) {
        return document -> {
            StoredFile file = tx.em().find(StoredFile.class, document.fileId());
            return RecordFields.values(
                    new DocumentRecord(
                            document.id(),
                            document.filename(),
                            document.mimeType(),
                            document.tags(),
                            document.uploadedBy(),
                            document.createdAt(),
                            document.updatedAt(),
                            file == null ? null : file.sizeBytes(),
                            file == null ? null : file.detectedType(),
                            file == null ? null : file.sha256(),
                            file == null ? null : file.extractedAt(),
                            file == null ? null : file.extractionError()),
                    FIELDS);
        };
    }
}
