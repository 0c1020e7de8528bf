package dev.procura.imports;

import dev.procura.documents.DocumentService;
import dev.procura.imports.ImportViews.EntityView;
import dev.procura.imports.ImportViews.ImportView;
import dev.procura.imports.ImportViews.RejectionView;
import dev.procura.platform.batch.JobLeases;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.ImportTable;
import dev.procura.platform.imports.MasterImport;
import dev.procura.platform.persistence.Conditions;
import dev.procura.platform.security.Caller;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.web.Page;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.UUID;

/**
 * Bulk imports of master data: one is asked for with a master and an uploaded document, and runs
 * as the {@code master-import} batch job; its outcome and every rejected row's field errors are
 * kept with it.
 */
@ApplicationScoped
public class ImportService {

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantContext tenant;

    @Inject
    Importers importers;

    @Inject
    DocumentService documents;

    @Inject
    TenantOutbox outbox;

    @Inject
    JobLeases leases;

    public ImportView start(Caller caller, ImportRequests.Start request) {
        MasterImport importer = importers
                .find(request.entity())
                .orElseThrow(() -> new Failure.InvalidInput(
                        "entity", "is not a master imports can write; they are " + importers.names()));
        requireTable(request.documentId());
        ImportMode mode = request.mode() == null
                ? ImportMode.CREATE
                : ImportMode.valueOf(request.mode().toUpperCase(Locale.ROOT));
        boolean dryRun = Boolean.TRUE.equals(request.dryRun());
        ImportView started = tenantData.call(tx -> {
            BulkImport run =
                    new BulkImport(importer.entity(), request.documentId(), mode, dryRun, caller.userId(), tx.now());
            tx.em().persist(run);
            outbox.publish(tx, "import.requested", run.id().toString(), caller.userId(), ImportSteps.data(run));
            return ImportView.of(run);
        });
        launch(tenant.tenantId(), started.id());
        return started;
    }

    private void requireTable(UUID documentId) {
        String mimeType;
        try {
            mimeType = documents.get(documentId).mimeType();
        } catch (Failure.NotFound e) {
            throw new Failure.InvalidInput("document_id", "is not a document of this tenant");
        }
        String type = mimeType == null ? "" : mimeType.split(";", 2)[0].strip().toLowerCase(Locale.ROOT);
        if (!ImportTable.MIME_TYPES.contains(type)) {
            throw new Failure.InvalidInput(
                    "document_id",
                    "is a " + (type.isEmpty() ? "file without type" : type) + ": import CSV, XLSX or JSON");
        }
    }

    private void launch(UUID tenantId, UUID importId) {
        Properties parameters = new Properties();
        parameters.setProperty("tenant", tenantId.toString());
        parameters.setProperty("import", importId.toString());
        leases.hold(ImportSteps.JOB, ImportSteps.leaseKey(tenantId, importId), parameters);
        BatchRuntime.getJobOperator().start(ImportSteps.JOB, parameters);
    }

    public ImportView get(UUID id) {
        return tenantData.call(tx -> ImportView.of(existing(tx.em(), id)));
    }

    public Page<ImportView> list(String entity, String status, int page, int perPage) {
        Conditions conditions = new Conditions()
                .when(entity, "i.entity = :entity", "entity")
                .when(status, "i.status = :status", "status");
        return tenantData.call(tx -> new Page<>(
                conditions
                        .query(tx.em(), "SELECT i FROM BulkImport i", "i.requestedAt DESC, i.id", BulkImport.class)
                        .setFirstResult((page - 1) * perPage)
                        .setMaxResults(perPage)
                        .getResultStream()
                        .map(ImportView::of)
                        .toList(),
                page,
                perPage,
                conditions.count(tx.em(), "SELECT COUNT(i) FROM BulkImport i")));
    }

    /** The rejected rows' field errors, by row then by the order the master gave them. */
    public Page<RejectionView> rejections(UUID id, int page, int perPage) {
        return tenantData.call(tx -> {
            EntityManager em = tx.em();
            existing(em, id);
            List<RejectionView> items = em.createQuery(
                            "SELECT r FROM ImportRejection r WHERE r.importId = :id"
                                    + " ORDER BY r.rowNumber, r.position",
                            ImportRejection.class)
                    .setParameter("id", id)
                    .setFirstResult((page - 1) * perPage)
                    .setMaxResults(perPage)
                    .getResultStream()
                    .map(RejectionView::of)
                    .toList();
            long total = em.createQuery("SELECT COUNT(r) FROM ImportRejection r WHERE r.importId = :id", Long.class)
                    .setParameter("id", id)
                    .getSingleResult();
            return new Page<>(items, page, perPage, total);
        });
    }

    public List<EntityView> entities() {
        return importers.all().stream()
                .map(i -> new EntityView(i.entity(), i.columns().get(0), i.columns()))
                .toList();
    }

    private static BulkImport existing(EntityManager em, UUID id) {
        BulkImport run = em.find(BulkImport.class, id);
        if (run == null) {
            throw new Failure.NotFound("No import " + id);
        }
        return run;
    }
}
