package dev.procura.engineering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Queries on drawing revisions and their comments. */
@ApplicationScoped
public class RdaRepository {

    List<DrawingRevision> ofProject(EntityManager em, UUID projectId, UUID documentId) {
        String where = "r.projectId = :project" + (documentId == null ? "" : " AND r.documentId = :document");
        var query = em.createQuery(
                        "SELECT r FROM DrawingRevision r WHERE " + where
                                + " ORDER BY r.documentId, r.versionNumber DESC",
                        DrawingRevision.class)
                .setParameter("project", projectId);
        return (documentId == null ? query : query.setParameter("document", documentId)).getResultList();
    }

    List<DrawingRevision> ofDocument(EntityManager em, UUID documentId) {
        return em.createQuery(
                        "SELECT r FROM DrawingRevision r WHERE r.documentId = :document ORDER BY r.versionNumber",
                        DrawingRevision.class)
                .setParameter("document", documentId)
                .getResultList();
    }

    List<DrawingComment> comments(EntityManager em, Collection<UUID> revisionIds) {
        if (revisionIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT c FROM DrawingComment c WHERE c.revisionId IN :revisions ORDER BY c.createdAt, c.id",
                        DrawingComment.class)
                .setParameter("revisions", revisionIds)
                .getResultList();
    }
}
