package dev.procura.documents;

import dev.procura.documents.DocumentViews.DocumentView;
import dev.procura.documents.DocumentViews.DownloadView;
import dev.procura.documents.DocumentViews.FileDetailView;
import dev.procura.documents.DocumentViews.FileView;
import dev.procura.platform.customfields.CustomFieldCriteria;
import dev.procura.platform.customfields.CustomFieldFilter;
import dev.procura.platform.customfields.CustomFields;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.quotas.Meter;
import dev.procura.platform.quotas.Quotas;
import dev.procura.platform.security.Caller;
import dev.procura.platform.storage.BlobStore;
import dev.procura.platform.storage.ContentDigest;
import dev.procura.platform.storage.StagedObject;
import dev.procura.platform.storage.StreamingUpload;
import dev.procura.platform.tenancy.Permissions;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Documents and their content-addressed files. An upload is read once, hashed as it streams to S3
 * (in parts, each sent while the next is read, invisible until completed; a small one stays in
 * memory): a content the tenant already has reuses its file and the new object is discarded, a new
 * one is published before any row is written, so a storage failure leaves nothing behind.
 */
@ApplicationScoped
public class DocumentService {

    @Inject
    Quotas quotas;

    @Inject
    Clock clock;

    /**
     * What the client sends: the file's bytes and the fields that describe them, some of which may
     * come after the bytes (a multipart body is read in its order, once).
     */
    public interface Upload {

        /** The file's bytes, to read once, to their end. */
        InputStream content();

        /**
         * The fields sent before the bytes (one sent after them is null here); without a
         * {@code filename} field yet, the name is the one the file part carries, if any.
         */
        Fields fieldsSoFar();

        /** Every field, checked (a 400 problem otherwise); reads what follows the bytes, so only once they were read. */
        Fields fields();

        /** An upload whose fields are all known before its bytes. */
        static Upload of(InputStream content, String filename, String declaredType, List<String> tags) {
            Fields fields = new Fields(filename, declaredType, tags);
            return new Upload() {
                @Override
                public InputStream content() {
                    return content;
                }

                @Override
                public Fields fieldsSoFar() {
                    return fields;
                }

                @Override
                public Fields fields() {
                    return fields;
                }
            };
        }
    }

    /** The document's name, the type the client declares (null: the detected one) and its tags. */
    public record Fields(String filename, String declaredType, List<String> tags) {}

    /** The stored object of a document, to stream to the client. */
    public record Content(InputStream stream, String filename, String mimeType, long size) {}

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantContext tenant;

    @Inject
    TenantOutbox outbox;

    @Inject
    DocumentRepository documents;

    @Inject
    BlobStore blobs;

    @Inject
    @ConfigProperty(name = "procura.documents.max-bytes", defaultValue = "104857600")
    long maxBytes;

    /** Sends an upload's parts to S3 in the background, each while the request thread reads the next. */
    @Resource
    ManagedExecutorService partUploads;

    /** The largest content an upload may have (procura.documents.max-bytes). */
    public long maxBytes() {
        return maxBytes;
    }

    /**
     * Stores the content and records the document. The type is detected from the first part: with
     * the final name for a content that fits in one part (the fields after it are read before
     * anything is stored), with the name known when the bytes began for a larger one. A declared
     * type sent before the bytes is checked before any storage call, one sent after them before
     * the object is published.
     */
    public DocumentView upload(Caller caller, Upload upload) {
        return upload(tenant.tenantId(), caller, upload);
    }

    /**
     * {@link #upload(Caller, Upload)} for a tenant named here rather than by the request: a batch job
     * storing the file it made (a conversion's output) on behalf of the member who asked for it.
     */
    public DocumentView upload(UUID tenantId, Caller caller, Upload upload) {
        quotas.admit(tenantId, Meter.DOCUMENTS, 1);
        StreamingUpload content = StreamingUpload.begin(upload.content(), maxBytes);
        Fields known = content.fitsInOnePart() ? upload.fields() : upload.fieldsSoFar();
        String detected = ContentTypes.detect(content.head(), known.filename());
        mimeType(known, detected);
        UUID fileId = UUID.randomUUID();
        Instant now = clock.instant();
        try (StagedObject staged =
                content.stage(blobs, partUploads, StoredFile.objectKeyOf(tenantId, fileId, now), detected)) {
            Fields fields = upload.fields();
            String mimeType = mimeType(fields, detected);
            ContentDigest digest = staged.digest();
            DocumentView reused = tenantData.call(
                    tenantId,
                    caller.userId(),
                    tx -> documents
                            .fileBySha256(tx.em(), digest.sha256())
                            .map(existing -> record(tx, caller, fields, mimeType, existing, true))
                            .orElse(null));
            if (reused != null) {
                return reused; // closing the staged object discards it (aborts its multipart upload)
            }
            // Stored bytes count each distinct content once: only a new file can pass the limit.
            quotas.admit(tenantId, Meter.STORAGE_BYTES, digest.size());
            staged.publish();
            return recordNewFile(
                    tenantId, caller, fields, mimeType, new StoredFile(tenantId, fileId, now, digest, detected));
        }
    }

    /** The declared type if it fits the content (a 400 problem if not), else the detected one. */
    private static String mimeType(Fields fields, String detected) {
        String declared = fields.declaredType();
        if (declared != null && !ContentTypes.fits(declared, detected)) {
            throw new Failure.InvalidInput("mime_type", "does not match the content (detected " + detected + ")");
        }
        return declared == null ? detected : declared;
    }

    /** The rows of a file whose object was just published; without them the object must go. */
    private DocumentView recordNewFile(UUID tenantId, Caller caller, Fields fields, String mimeType, StoredFile file) {
        try {
            return tenantData.call(tenantId, caller.userId(), tx -> {
                EntityManager em = tx.em();
                em.persist(file);
                em.flush();
                return record(tx, caller, fields, mimeType, file, false);
            });
        } catch (RuntimeException failed) {
            try {
                blobs.delete(file.objectKey());
            } catch (RuntimeException notDeleted) {
                // Reconciliation deletes the object later; the caller needs the first failure.
                failed.addSuppressed(notDeleted);
            }
            if (!isUniqueViolation(failed)) {
                throw failed;
            }
            // The same content arrived twice at once: the other upload's file wins.
            return tenantData.call(
                    tenantId,
                    caller.userId(),
                    tx -> record(
                            tx,
                            caller,
                            fields,
                            mimeType,
                            documents.fileBySha256(tx.em(), file.sha256()).orElseThrow(() -> failed),
                            true));
        }
    }

    private DocumentView record(
            TenantTx tx, Caller caller, Fields fields, String mimeType, StoredFile file, boolean duplicate) {
        EntityManager em = tx.em();
        Document document =
                new Document(file.id(), fields.filename(), mimeType, fields.tags(), caller.userId(), clock.instant());
        em.persist(document);
        outbox.publish(
                tx,
                "document.uploaded",
                document.id().toString(),
                caller.userId(),
                Map.of(
                        "document_id",
                        document.id(),
                        "file_id",
                        file.id(),
                        "filename",
                        document.filename(),
                        "mime_type",
                        mimeType,
                        "size_bytes",
                        file.sizeBytes(),
                        "duplicate",
                        duplicate));
        if (!duplicate) {
            outbox.publish(
                    tx,
                    "file.process",
                    file.id().toString(),
                    caller.userId(),
                    Map.of("file_id", file.id(), "object_key", file.objectKey(), "detected_type", file.detectedType()));
        }
        return view(tx, document, file, duplicate);
    }

    @Inject
    CustomFields customFields;

    public Page<DocumentView> list(
            DocumentRepository.Filter filter, CustomFieldFilter custom, String sort, int page, int perPage) {
        return tenantData.call(tx -> {
            CustomFieldCriteria criteria = customFields.criteria(tx, ENTITY, custom, "d.customFields");
            Function<String, Map<String, Object>> shown = criteria::show;
            return new Page<>(
                    documents.documents(tx.em(), filter, criteria, sort, (page - 1) * perPage, perPage).stream()
                            .map(d -> DocumentView.of(
                                    d,
                                    tx.em().find(StoredFile.class, d.fileId()),
                                    null,
                                    shown.apply(d.customFieldsJson())))
                            .toList(),
                    page,
                    perPage,
                    documents.countDocuments(tx.em(), filter, criteria));
        });
    }

    /** The API name of documents for custom fields. */
    static final String ENTITY = "document";

    private DocumentView view(TenantTx tx, Document document, StoredFile file, Boolean duplicate) {
        return DocumentView.of(
                document, file, duplicate, customFields.viewer(tx, ENTITY).apply(document.customFieldsJson()));
    }

    /** The ids of the documents {@code userId} uploaded, newest first, at most {@code limit} (for their history). */
    public List<UUID> uploadedBy(UUID userId, int limit) {
        return tenantData.call(tx -> tx.em()
                .createQuery(
                        "SELECT d.id FROM Document d WHERE d.uploadedBy = :user ORDER BY d.createdAt DESC", UUID.class)
                .setParameter("user", userId)
                .setMaxResults(limit)
                .getResultList());
    }

    /** The documents with these ids that still exist, in the given order. */
    public List<DocumentView> existing(List<UUID> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return tenantData.call(tx -> {
            Function<String, Map<String, Object>> shown = customFields.viewer(tx, ENTITY);
            Map<UUID, Document> found = new java.util.HashMap<>();
            tx.em()
                    .createQuery("SELECT d FROM Document d WHERE d.id IN :ids", Document.class)
                    .setParameter("ids", ids)
                    .getResultList()
                    .forEach(d -> found.put(d.id(), d));
            return ids.stream()
                    .filter(found::containsKey)
                    .map(id -> DocumentView.of(
                            found.get(id),
                            tx.em().find(StoredFile.class, found.get(id).fileId()),
                            null,
                            shown.apply(found.get(id).customFieldsJson())))
                    .toList();
        });
    }

    public DocumentView get(UUID documentId) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Document document = existing(em, documentId);
            return view(tx, document, em.find(StoredFile.class, document.fileId()), null);
        });
    }

    public DocumentView describe(Caller caller, UUID documentId, DocumentRequests.Describe change) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Document document = mine(em, caller, documentId);
            document.describe(
                    change.filename(),
                    change.mimeType(),
                    change.tags() == null ? document.tags() : change.tags(),
                    tx.now());
            document.customFields(customFields.accept(tx, ENTITY, change.customFields(), document.customFieldsJson()));
            outbox.publish(
                    tx,
                    "document.updated",
                    document.id().toString(),
                    caller.userId(),
                    Map.of("document_id", document.id(), "filename", document.filename()));
            return view(tx, document, em.find(StoredFile.class, document.fileId()), null);
        });
    }

    /** Deletes the document; when it was its file's last, the event says the file is now an orphan. */
    public void delete(Caller caller, UUID documentId) {
        tenantData.call(tx -> {
            EntityManager em = tx.em();
            Document document = mine(em, caller, documentId);
            em.remove(document);
            em.flush();
            StoredFile file = em.find(StoredFile.class, document.fileId());
            boolean orphan = documents.documentsOf(em, file.id()) == 0;
            outbox.publish(
                    tx,
                    "document.deleted",
                    document.id().toString(),
                    caller.userId(),
                    Map.of(
                            "document_id",
                            document.id(),
                            "file_id",
                            file.id(),
                            "orphan",
                            orphan,
                            "object_key",
                            file.objectKey()));
            return null;
        });
    }

    /** A presigned S3 URL valid for {@code procura.s3.presign-ttl}; the download is recorded. */
    public DownloadView downloadLink(Caller caller, UUID documentId) {
        Found found = recordDownload(caller, documentId, "link");
        return new DownloadView(
                blobs.presignedDownload(
                                found.file().objectKey(), found.document().filename())
                        .toString(),
                clock.instant().plus(blobs.presignTtl()));
    }

    /** The bytes, streamed through the server; recorded once the object could be opened. */
    public Content content(Caller caller, UUID documentId) {
        Found found = tenantData.call(tx -> {
            EntityManager em = tx.em();
            Document document = existing(em, documentId);
            return new Found(document, em.find(StoredFile.class, document.fileId()));
        });
        InputStream stream = blobs.open(found.file().objectKey());
        recordDownload(caller, documentId, "stream");
        return new Content(
                stream,
                found.document().filename(),
                found.document().mimeType(),
                found.file().sizeBytes());
    }

    /**
     * The bytes, for a job working for the tenant (a bulk import reading its file): not a download
     * by a person, so not recorded as one.
     */
    public Content contentForJob(UUID tenantId, UUID documentId) {
        Found found = tenantData.call(tenantId, tx -> {
            Document document = existing(tx.em(), documentId);
            return new Found(document, tx.em().find(StoredFile.class, document.fileId()));
        });
        return new Content(
                blobs.open(found.file().objectKey()),
                found.document().filename(),
                found.document().mimeType(),
                found.file().sizeBytes());
    }

    private record Found(Document document, StoredFile file) {}

    private Found recordDownload(Caller caller, UUID documentId, String via) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            Document document = existing(em, documentId);
            StoredFile file = em.find(StoredFile.class, document.fileId());
            outbox.publish(
                    tx,
                    "document.downloaded",
                    document.id().toString(),
                    caller.userId(),
                    Map.of("document_id", document.id(), "file_id", file.id(), "via", via));
            return new Found(document, file);
        });
    }

    public Page<FileView> files(int page, int perPage) {
        return tenantData.call(tx -> new Page<>(
                documents.filesWithCounts(tx.em(), (page - 1) * perPage, perPage).stream()
                        .map(row -> FileView.of((StoredFile) row[0], (Long) row[1]))
                        .toList(),
                page,
                perPage,
                documents.countFiles(tx.em())));
    }

    public FileDetailView file(UUID fileId) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            StoredFile file = existingFile(em, fileId);
            List<DocumentView> using = documents.documentsUsing(em, fileId).stream()
                    .map(d -> view(tx, d, null, null))
                    .toList();
            String text = file.extractedText();
            return new FileDetailView(
                    FileView.of(file, (long) using.size()),
                    using,
                    text == null ? null : text.substring(0, Math.min(2000, text.length())),
                    file.metadata());
        });
    }

    /** Deletes an orphan file and its object; a file still used by documents is a conflict. */
    public void deleteOrphanFile(UUID fileId) {
        String objectKey = tenantData.call(tx -> {
            EntityManager em = tx.em();
            StoredFile file = existingFile(em, fileId);
            long using = documents.documentsOf(em, fileId);
            if (using > 0) {
                throw new Failure.Conflict(ProblemType.FILE_IN_USE, "The file is used by " + using + " document(s)");
            }
            em.remove(file);
            return file.objectKey();
        });
        blobs.delete(objectKey);
    }

    private static boolean isUniqueViolation(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof java.sql.SQLException sql && "23505".equals(sql.getSQLState())) {
                return true;
            }
        }
        return false;
    }

    private Document existing(EntityManager em, UUID documentId) {
        Document document = em.find(Document.class, documentId);
        if (document == null) {
            throw new Failure.NotFound("No document " + documentId);
        }
        return document;
    }

    /** Requesters and approvers change only their own documents; documents:manage changes any. */
    private Document mine(EntityManager em, Caller caller, UUID documentId) {
        Document document = existing(em, documentId);
        if (!document.isUploadedBy(caller.userId()) && !tenant.permissions().contains(Permissions.DOCUMENTS_MANAGE)) {
            throw new Failure.Forbidden(
                    ProblemType.FORBIDDEN, "Only the uploader or a manager may change this document");
        }
        return document;
    }

    private StoredFile existingFile(EntityManager em, UUID fileId) {
        StoredFile file = em.find(StoredFile.class, fileId);
        if (file == null) {
            throw new Failure.NotFound("No file " + fileId);
        }
        return file;
    }
}
