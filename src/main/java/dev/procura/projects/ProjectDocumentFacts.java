package dev.procura.projects;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.projects.ProjectDocuments;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Project document versions as project engineering sees them; freezing one is an event. */
@ApplicationScoped
public class ProjectDocumentFacts implements ProjectDocuments {

    @Inject
    ProjectDocumentRepository documents;

    @Inject
    TenantOutbox outbox;

    @Override
    public Optional<DocumentVersion> version(TenantTx tx, UUID projectId, UUID documentId, int version) {
        return documents
                .document(tx.em(), projectId, documentId, false)
                .flatMap(d -> documents.version(tx.em(), d.id(), version).map(v -> ref(d, v)));
    }

    @Override
    public Optional<DocumentVersion> latest(TenantTx tx, UUID projectId, UUID documentId) {
        return documents
                .document(tx.em(), projectId, documentId, false)
                .flatMap(d ->
                        documents.version(tx.em(), d.id(), d.latestVersion()).map(v -> ref(d, v)));
    }

    @Override
    public boolean freeze(TenantTx tx, UUID projectId, UUID documentId, int version) {
        Optional<ProjectDocument> document = documents.document(tx.em(), projectId, documentId, false);
        Optional<ProjectDocumentVersion> found = document.flatMap(d -> documents.version(tx.em(), d.id(), version));
        if (found.isEmpty()) {
            return false;
        }
        if (!found.get().isFrozen()) {
            found.get().freeze(tx.now());
            outbox.publish(
                    tx,
                    "project.document_version_frozen",
                    documentId.toString(),
                    tx.actor(),
                    Map.of("project_id", projectId, "document_id", documentId, "version", version));
        }
        return true;
    }

    private static DocumentVersion ref(ProjectDocument d, ProjectDocumentVersion v) {
        return new DocumentVersion(
                d.projectId(),
                d.id(),
                d.title(),
                d.kind(),
                v.number(),
                v.filename(),
                v.mimeType(),
                v.sizeBytes(),
                v.uploadedBy(),
                v.uploadedAt(),
                v.isFrozen());
    }
}
