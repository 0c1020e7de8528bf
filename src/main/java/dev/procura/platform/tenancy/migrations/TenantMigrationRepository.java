package dev.procura.platform.tenancy.migrations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

@ApplicationScoped
public class TenantMigrationRepository {

    @PersistenceContext(unitName = "control")
    EntityManager em;

    /** Joins the chunk's transaction when there is one, else runs in a transaction of its own. */
    @Transactional
    public void record(TenantMigrationResult result) {
        em.merge(result);
    }

    public Map<String, Long> outcomeCounts(long jobExecutionId) {
        Map<String, Long> counts = new LinkedHashMap<>();
        for (Object[] row : em.createQuery(
                        "SELECT r.outcome, COUNT(r) FROM TenantMigrationResult r"
                                + " WHERE r.jobExecutionId = :run GROUP BY r.outcome",
                        Object[].class)
                .setParameter("run", jobExecutionId)
                .getResultList()) {
            counts.put((String) row[0], (Long) row[1]);
        }
        return counts;
    }

    public List<TenantMigrationResult> failures(long jobExecutionId) {
        return em.createQuery(
                        "SELECT r FROM TenantMigrationResult r WHERE r.jobExecutionId = :run"
                                + " AND r.outcome = 'FAILED' ORDER BY r.tenantId",
                        TenantMigrationResult.class)
                .setParameter("run", jobExecutionId)
                .setMaxResults(100)
                .getResultList();
    }
}
