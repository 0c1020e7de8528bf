package dev.procura.documents;

import jakarta.batch.api.chunk.AbstractItemWriter;
import jakarta.batch.api.chunk.ItemProcessor;
import jakarta.batch.runtime.context.JobContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/** The processor and writer of the file-reconciliation job (its reader is the shared tenant id reader). */
public final class FileReconciliationSteps {

    private static final Logger LOG = Logger.getLogger(FileReconciliationSteps.class.getName());

    private FileReconciliationSteps() {}

    @Named("fileReconciliationProcessor")
    @Dependent
    public static class Processor implements ItemProcessor {

        @Inject
        java.time.Clock clock;

        @Inject
        FileReconciler reconciler;

        @Inject
        JobContext job;

        @Override
        public Object processItem(Object item) {
            UUID tenantId = (UUID) item;
            try {
                FileReconciler.Outcome outcome = reconciler.reconcile(tenantId);
                return new FileReconciliationResult(
                        job.getExecutionId(),
                        tenantId,
                        outcome.orphanObjects(),
                        outcome.missingObjects(),
                        outcome.repaired(),
                        null,
                        clock.instant());
            } catch (RuntimeException e) {
                // One tenant that cannot be checked (server or storage down) must not stop the others.
                LOG.log(Level.WARNING, "Reconciliation of tenant " + tenantId + " failed", e);
                String detail = e.getClass().getSimpleName() + ": " + e.getMessage();
                return new FileReconciliationResult(
                        job.getExecutionId(),
                        tenantId,
                        0,
                        0,
                        0,
                        detail.substring(0, Math.min(300, detail.length())),
                        clock.instant());
            }
        }
    }

    @Named("fileReconciliationWriter")
    @Dependent
    public static class Writer extends AbstractItemWriter {

        @Inject
        Results results;

        @Override
        public void writeItems(List<Object> items) {
            items.forEach(item -> results.record((FileReconciliationResult) item));
        }
    }

    /** The results table. */
    @ApplicationScoped
    public static class Results {

        @PersistenceContext(unitName = "control")
        EntityManager em;

        @Transactional
        public void record(FileReconciliationResult result) {
            em.merge(result);
        }

        public List<FileReconciliationResult> of(long jobExecutionId) {
            return em.createQuery(
                            "SELECT r FROM FileReconciliationResult r WHERE r.jobExecutionId = :run"
                                    + " ORDER BY r.tenantId",
                            FileReconciliationResult.class)
                    .setParameter("run", jobExecutionId)
                    .getResultList();
        }
    }
}
