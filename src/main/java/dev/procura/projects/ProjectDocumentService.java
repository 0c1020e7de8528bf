package dev.procura.projects;

import dev.procura.platform.documents.StoredDocuments;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.ProblemType;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.platform.web.Page;
import dev.procura.projects.ProjectViews.DocumentView;
import dev.procura.projects.ProjectViews.VersionView;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Project documents over the documents store: numbered versions (the latest is the default, the
 * earlier stay downloadable) and a check-out lock. A new version is uploaded only by the member
 * holding the lock; a new document is checked out to its creator; an admin may break a lock.
 */
@ApplicationScoped
public class ProjectDocumentService {

    static final String COMMENT = "comment";
    private static final int MAX_COMMENT = 2000;

    @Inject
    TenantTransactions tenantData;

    @Inject
    ProjectPlants plants;

    @Inject
    ProjectDocumentRepository documents;

    @Inject
    StoredDocuments store;

    @Inject
    TenantOutbox outbox;

    public DocumentView create(Caller caller, UUID projectId, ProjectRequests.NewDocument request) {
        return tenantData.call(tx -> {
            Project project = plants.writable(tx.em(), projectId);
            ProjectService.requireOpen(project);
            ProjectDocument document =
                    new ProjectDocument(project.id(), request.title(), request.kind(), caller.userId(), tx.now());
            document.lock(caller.userId(), tx.now());
            tx.em().persist(document);
            publish(tx, caller, "project.document_added", document, Map.of());
            return view(tx, document);
        });
    }

    public Page<DocumentView> list(UUID projectId, int page, int perPage) {
        return tenantData.call(tx -> {
            Project project = plants.readable(tx.em(), projectId);
            List<ProjectDocument> found = documents.ofProject(tx.em(), project.id(), (page - 1) * perPage, perPage);
            Map<UUID, List<ProjectDocumentVersion>> versions =
                    documents
                            .versions(
                                    tx.em(),
                                    found.stream().map(ProjectDocument::id).toList())
                            .stream()
                            .collect(Collectors.groupingBy(ProjectDocumentVersion::projectDocumentId));
            return new Page<>(
                    found.stream()
                            .map(d -> view(d, versions.getOrDefault(d.id(), List.of())))
                            .toList(),
                    page,
                    perPage,
                    documents.countOfProject(tx.em(), project.id()));
        });
    }

    public DocumentView get(UUID projectId, UUID documentId) {
        return tenantData.call(tx -> view(tx, readable(tx, projectId, documentId)));
    }

    /** Takes the lock; the holder taking it again keeps it; another member's lock is a 409. */
    public DocumentView checkOut(Caller caller, UUID projectId, UUID documentId) {
        return tenantData.call(tx -> {
            ProjectDocument document = writable(tx, projectId, documentId);
            if (document.isLockedBy(caller.userId())) {
                return view(tx, document);
            }
            requireNotLockedByOther(document, caller);
            document.lock(caller.userId(), tx.now());
            publish(tx, caller, "project.document_checked_out", document, Map.of());
            return view(tx, document);
        });
    }

    /**
     * Uploads the next version (multipart: {@code file}, {@code filename}, {@code mime_type},
     * {@code comment}) when the caller holds the lock; {@code release}: checks the document in too.
     * The content is stored first; when its record cannot be written, the stored content is discarded.
     */
    public VersionView upload(
            Caller caller,
            UUID projectId,
            UUID documentId,
            InputStream body,
            String contentType,
            Long contentLength,
            boolean release) {
        tenantData.call(tx -> requireHolder(writable(tx, projectId, documentId), caller));
        StoredDocuments.Upload upload = store.upload(caller, body, contentType, contentLength, Set.of(COMMENT));
        try {
            String comment = blankToNull(upload.fields().get(COMMENT));
            if (comment != null && comment.length() > MAX_COMMENT) {
                throw new Failure.InvalidInput(COMMENT, "size must be between 0 and " + MAX_COMMENT);
            }
            return tenantData.call(tx -> {
                ProjectDocument document = writable(tx, projectId, documentId);
                requireHolder(document, caller);
                StoredDocuments.Stored stored = upload.stored();
                ProjectDocumentVersion version = new ProjectDocumentVersion(
                        document.id(),
                        document.nextVersion(tx.now()),
                        stored.documentId(),
                        stored.filename(),
                        stored.mimeType(),
                        stored.sizeBytes(),
                        comment,
                        caller.userId(),
                        tx.now());
                tx.em().persist(version);
                Map<String, Object> extra = new LinkedHashMap<>();
                extra.put("version", version.number());
                extra.put("filename", version.filename());
                extra.put("sha256", stored.sha256());
                publish(tx, caller, "project.document_version_uploaded", document, extra);
                if (release) {
                    document.unlock(tx.now());
                    publish(tx, caller, "project.document_checked_in", document, Map.of("version", version.number()));
                }
                return VersionView.of(version);
            });
        } catch (RuntimeException e) {
            store.discard(caller, upload.stored().documentId());
            throw e;
        }
    }

    /** Releases the caller's lock without a new version. */
    public DocumentView checkIn(Caller caller, UUID projectId, UUID documentId) {
        return tenantData.call(tx -> {
            ProjectDocument document = writable(tx, projectId, documentId);
            requireHolder(document, caller);
            document.unlock(tx.now());
            publish(tx, caller, "project.document_checked_in", document, Map.of());
            return view(tx, document);
        });
    }

    /** An admin breaks whoever's lock: audited with the member who held it and since when. */
    public DocumentView breakLock(Caller caller, UUID projectId, UUID documentId) {
        return tenantData.call(tx -> {
            ProjectDocument document = writable(tx, projectId, documentId);
            if (!document.isLocked()) {
                return view(tx, document);
            }
            Map<String, Object> extra = new LinkedHashMap<>();
            extra.put("previous_holder", document.lockedBy());
            extra.put("locked_at", document.lockedAt().toString());
            extra.put("broken_by", caller.userId());
            document.unlock(tx.now());
            publish(tx, caller, "project.document_lock_broken", document, extra);
            return view(tx, document);
        });
    }

    /** The bytes of version {@code number}, or of the latest version when null. */
    public StoredDocuments.Content content(Caller caller, UUID projectId, UUID documentId, Integer number) {
        ProjectDocumentVersion version = tenantData.call(tx -> {
            ProjectDocument document = readable(tx, projectId, documentId);
            int wanted = number == null ? document.latestVersion() : number;
            return documents
                    .version(tx.em(), document.id(), wanted)
                    .orElseThrow(() -> new Failure.NotFound(
                            number == null
                                    ? "Document " + documentId + " has no version yet"
                                    : "Document " + documentId + " has no version " + number));
        });
        StoredDocuments.Content content = store.content(caller, version.storedDocumentId());
        return new StoredDocuments.Content(content.stream(), version.filename(), content.mimeType(), content.size());
    }

    private ProjectDocument readable(TenantTx tx, UUID projectId, UUID documentId) {
        Project project = plants.readable(tx.em(), projectId);
        return documents.document(tx.em(), project.id(), documentId, false).orElseThrow(() -> notFound(documentId));
    }

    private ProjectDocument writable(TenantTx tx, UUID projectId, UUID documentId) {
        Project project = plants.writable(tx.em(), projectId);
        ProjectService.requireOpen(project);
        return documents.document(tx.em(), project.id(), documentId, true).orElseThrow(() -> notFound(documentId));
    }

    private static Void requireHolder(ProjectDocument document, Caller caller) {
        requireNotLockedByOther(document, caller);
        if (!document.isLockedBy(caller.userId())) {
            throw new Failure.Conflict(
                    ProblemType.DOCUMENT_NOT_CHECKED_OUT,
                    "Document " + document.title() + " is not checked out to you; check it out first");
        }
        return null;
    }

    private static void requireNotLockedByOther(ProjectDocument document, Caller caller) {
        if (document.isLocked() && !document.isLockedBy(caller.userId())) {
            Map<String, Object> facts = new LinkedHashMap<>();
            facts.put("locked_by", document.lockedBy());
            facts.put("locked_at", document.lockedAt().toString());
            throw new Failure.Conflict(
                    ProblemType.DOCUMENT_LOCKED,
                    "Document " + document.title() + " is checked out by " + document.lockedBy() + " since "
                            + document.lockedAt(),
                    facts);
        }
    }

    private void publish(TenantTx tx, Caller caller, String type, ProjectDocument document, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("project_id", document.projectId());
        data.put("document_id", document.id());
        data.put("title", document.title());
        data.put("kind", document.kind());
        data.putAll(extra);
        outbox.publish(tx, type, document.id().toString(), caller.userId(), data);
    }

    private DocumentView view(TenantTx tx, ProjectDocument document) {
        return view(document, documents.versions(tx.em(), List.of(document.id())));
    }

    static DocumentView view(ProjectDocument d, List<ProjectDocumentVersion> versions) {
        return new DocumentView(
                d.id(),
                d.projectId(),
                d.title(),
                d.kind(),
                d.latestVersion(),
                d.lockedBy(),
                d.lockedAt(),
                versions.stream().map(VersionView::of).toList(),
                d.createdBy(),
                d.createdAt(),
                d.updatedAt());
    }

    private static Failure notFound(UUID documentId) {
        return new Failure.NotFound("No document " + documentId + " in this project");
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
