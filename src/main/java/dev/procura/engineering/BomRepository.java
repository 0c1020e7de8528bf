package dev.procura.engineering;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.UUID;

/** Queries on project BOM lines. */
@ApplicationScoped
public class BomRepository {

    List<BomLine> lines(EntityManager em, UUID projectId) {
        return em.createQuery(
                        "SELECT l FROM BomLine l WHERE l.projectId = :project ORDER BY l.position, l.createdAt",
                        BomLine.class)
                .setParameter("project", projectId)
                .getResultList();
    }
}
