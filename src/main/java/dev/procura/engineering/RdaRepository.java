package dev.procura.engineering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.TypedQuery;
import java.util.Collection;
import java.util.List;
import java.util.UUID;

/** Queries on drawing revisions and their comments. */
@ApplicationScoped
public class RdaRepository {

    List<DrawingRevision> ofProject(EntityManager em, UUID projectId, UUID documentId, int first, int max) {
        return filtered(
                        em,
                        "SELECT r FROM DrawingRevision r",
                        " ORDER BY r.submittedAt DESC, r.versionNumber DESC, r.id",
                        projectId,
                        documentId,
                        DrawingRevision.class)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    long countOfProject(EntityManager em, UUID projectId, UUID documentId) {
        return filtered(em, "SELECT COUNT(r) FROM DrawingRevision r", "", projectId, documentId, Long.class)
                .getSingleResult();
    }

    private static <T> TypedQuery<T> filtered(
            EntityManager em, String select, String order, UUID projectId, UUID documentId, Class<T> type) {
        String where = " WHERE r.projectId = :project" + (documentId == null ? "" : " AND r.documentId = :document");
        TypedQuery<T> query = em.createQuery(select + where + order, type).setParameter("project", projectId);
        return documentId == null ? query : query.setParameter("document", documentId);
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
