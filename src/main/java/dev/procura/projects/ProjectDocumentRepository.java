package dev.procura.projects;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Queries on project documents and their versions. */
@ApplicationScoped
public class ProjectDocumentRepository {

    List<ProjectDocument> ofProject(EntityManager em, UUID projectId, int first, int max) {
        return em.createQuery(
                        "SELECT d FROM ProjectDocument d WHERE d.projectId = :project ORDER BY d.createdAt, d.id",
                        ProjectDocument.class)
                .setParameter("project", projectId)
                .setFirstResult(first)
                .setMaxResults(max)
                .getResultList();
    }

    long countOfProject(EntityManager em, UUID projectId) {
        return em.createQuery("SELECT COUNT(d) FROM ProjectDocument d WHERE d.projectId = :project", Long.class)
                .setParameter("project", projectId)
                .getSingleResult();
    }

    /** The project's document, locked for the change when {@code forUpdate}. */
    Optional<ProjectDocument> document(EntityManager em, UUID projectId, UUID documentId, boolean forUpdate) {
        ProjectDocument document = forUpdate
                ? em.find(ProjectDocument.class, documentId, LockModeType.PESSIMISTIC_WRITE)
                : em.find(ProjectDocument.class, documentId);
        return Optional.ofNullable(document).filter(d -> d.projectId().equals(projectId));
    }

    /** The versions of these documents, oldest first. */
    List<ProjectDocumentVersion> versions(EntityManager em, Collection<UUID> documentIds) {
        if (documentIds.isEmpty()) {
            return List.of();
        }
        return em.createQuery(
                        "SELECT v FROM ProjectDocumentVersion v WHERE v.projectDocumentId IN :ids"
                                + " ORDER BY v.projectDocumentId, v.number",
                        ProjectDocumentVersion.class)
                .setParameter("ids", documentIds)
                .getResultList();
    }

    Optional<ProjectDocumentVersion> version(EntityManager em, UUID documentId, int number) {
        return em.createQuery(
                        "SELECT v FROM ProjectDocumentVersion v WHERE v.projectDocumentId = :doc AND v.number = :n",
                        ProjectDocumentVersion.class)
                .setParameter("doc", documentId)
                .setParameter("n", number)
                .getResultStream()
                .findFirst();
    }
}
