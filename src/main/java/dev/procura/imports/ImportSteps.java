package dev.procura.imports;

import dev.procura.documents.DocumentService;
import dev.procura.platform.batch.JobLeases;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.failures.FieldError;
import dev.procura.platform.imports.ImportOutcome;
import dev.procura.platform.imports.ImportTable;
import dev.procura.platform.imports.MasterImport;
import dev.procura.platform.imports.TableCursor;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The work of the import job. Each chunk's rows, their outcomes and the checkpoint after them are
 * written in one tenant transaction. When the master throws on a chunk, the chunk is rolled back
 * and its rows applied again one per transaction, so a bad row is rejected alone and none of it is
 * written.
 */
@ApplicationScoped
public class ImportSteps {

    static final String JOB = "master-import";

    /** JSON files are read whole; CSV and XLSX stream whatever their length. */
    static final int MAX_JSON_ROWS = 10_000;

    private static final Logger LOG = Logger.getLogger(ImportSteps.class.getName());

    @Inject
    TenantTransactions tenantData;

    @Inject
    Importers importers;

    @Inject
    DocumentService documents;

    @Inject
    TenantOutbox outbox;

    @Inject
    JobLeases leases;

    static String leaseKey(UUID tenantId, UUID importId) {
        return tenantId + "/" + importId;
    }

    /** Marks the import running (one more attempt); null if it has finished meanwhile. */
    ImportWork begin(UUID tenantId, UUID importId) {
        return tenantData.call(tenantId, tx -> {
            BulkImport run = locked(tx.em(), importId);
            if (run.isFinished()) {
                return null;
            }
            MasterImport importer = importers
                    .find(run.entity())
                    .orElseThrow(() -> new ImportFileRejected("No master named " + run.entity() + " can be imported"));
            run.started(tx.now());
            return new ImportWork(
                    tenantId,
                    importId,
                    run.requestedBy(),
                    run.documentId(),
                    importer,
                    run.mode(),
                    run.isDryRun(),
                    run.lastRow());
        });
    }

    /** The file's rows; a file that is no table, or names a column the master does not have, is rejected whole. */
    TableCursor open(ImportWork work) {
        DocumentService.Content content;
        try {
            content = documents.contentForJob(work.tenantId, work.documentId);
        } catch (Failure.NotFound e) {
            throw new ImportFileRejected("The document was deleted before the import read it");
        }
        TableCursor cursor;
        try {
            cursor = ImportTable.open(content.stream(), content.mimeType(), MAX_JSON_ROWS);
        } catch (ImportTable.Unreadable e) {
            throw new ImportFileRejected("The file cannot be read as a table: " + e.getMessage());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String> unknown = cursor.columns().stream()
                .filter(column -> !isKnown(work.importer, column))
                .toList();
        if (!unknown.isEmpty()) {
            closeQuietly(cursor);
            throw new ImportFileRejected("Unknown columns " + unknown + "; the columns of " + work.importer.entity()
                    + " are " + work.importer.columns());
        }
        return cursor;
    }

    private static boolean isKnown(MasterImport importer, String column) {
        return importer.columns().contains(column) || column.startsWith("cf.") || column.startsWith("cf_");
    }

    /** Writes a chunk; rows after the checkpoint only. */
    void write(ImportWork work, List<ImportTable.Row> rows) {
        if (rows.isEmpty()) {
            return;
        }
        try {
            work.lastRow = applyAndRecord(work, rows);
        } catch (ImportTakenOver e) {
            throw e;
        } catch (RuntimeException e) {
            LOG.log(Level.FINE, "A chunk of import " + work.importId + " failed; its rows go one by one", e);
            for (ImportTable.Row row : rows) {
                writeOne(work, row);
            }
        }
    }

    private void writeOne(ImportWork work, ImportTable.Row row) {
        try {
            work.lastRow = applyAndRecord(work, List.of(row));
        } catch (ImportTakenOver e) {
            throw e;
        } catch (RuntimeException e) {
            String key = row.cells().get(work.importer.columns().get(0));
            ImportOutcome rejected = ImportOutcome.rejected(row.number(), key, errorsOf(e, work.importer));
            work.lastRow =
                    tenantData.call(work.tenantId, work.actor, tx -> record(tx, guarded(tx, work), List.of(rejected)));
        }
    }

    /**
     * Applies the rows and records their outcomes in one transaction. A dry run applies them in a
     * transaction that is always rolled back (the master's own rules ran in full, nothing stays),
     * then records the outcomes in another.
     */
    private int applyAndRecord(ImportWork work, List<ImportTable.Row> rows) {
        if (!work.isDryRun) {
            return tenantData.call(work.tenantId, work.actor, tx -> {
                BulkImport run = guarded(tx, work);
                return record(tx, run, applied(tx, work, rows));
            });
        }
        List<ImportOutcome> outcomes;
        try {
            tenantData.call(work.tenantId, work.actor, tx -> {
                guarded(tx, work);
                throw new RolledBack(applied(tx, work, rows));
            });
            throw new IllegalStateException("a dry run's transaction must roll back");
        } catch (RolledBack dryRun) {
            outcomes = dryRun.outcomes;
        }
        return tenantData.call(work.tenantId, work.actor, tx -> record(tx, guarded(tx, work), outcomes));
    }

    private static List<ImportOutcome> applied(TenantTx tx, ImportWork work, List<ImportTable.Row> rows) {
        List<ImportOutcome> outcomes = work.importer.apply(tx, rows, work.mode, work.isDryRun);
        if (outcomes.size() != rows.size()) {
            throw new IllegalStateException(work.importer.entity() + " import gave " + outcomes.size()
                    + " outcomes for " + rows.size() + " rows");
        }
        return outcomes;
    }

    /** Carries a dry run's outcomes out of the transaction it rolls back. */
    private static final class RolledBack extends RuntimeException {

        private static final long serialVersionUID = 1L;

        private final transient List<ImportOutcome> outcomes;

        RolledBack(List<ImportOutcome> outcomes) {
            super(null, null, false, false);
            this.outcomes = outcomes;
        }
    }

    /** A row's failure as field errors: the rule's own, else one for the row. */
    static List<FieldError> errorsOf(RuntimeException failure, MasterImport importer) {
        if (failure instanceof Failure.InvalidInput invalid && !invalid.errors().isEmpty()) {
            return invalid.errors();
        }
        if (failure instanceof Failure known) {
            String field =
                    known instanceof Failure.Conflict ? importer.columns().get(0) : "row";
            return List.of(new FieldError(field, known.getMessage()));
        }
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof PersistenceException || t instanceof java.sql.SQLException) {
                return List.of(
                        new FieldError("row", "conflicts with a stored record (a key or a unique value exists)"));
            }
        }
        LOG.log(Level.WARNING, importer.entity() + " import could not write a row", failure);
        return List.of(new FieldError("row", "could not be written because of a server error"));
    }

    private BulkImport guarded(TenantTx tx, ImportWork work) {
        BulkImport run = locked(tx.em(), work.importId);
        if (run.isFinished() || run.lastRow() != work.lastRow) {
            throw new ImportTakenOver("Import " + work.importId + " went on elsewhere (row " + run.lastRow() + ")");
        }
        return run;
    }

    private static int record(TenantTx tx, BulkImport run, List<ImportOutcome> outcomes) {
        run.record(outcomes);
        for (ImportOutcome outcome : outcomes) {
            List<FieldError> errors = outcome.errors();
            for (int i = 0; i < errors.size(); i++) {
                tx.em()
                        .persist(new ImportRejection(
                                run.id(),
                                outcome.row(),
                                i,
                                outcome.key(),
                                errors.get(i).field(),
                                errors.get(i).message()));
            }
        }
        return run.lastRow();
    }

    void completed(ImportWork work) {
        tenantData.call(work.tenantId, tx -> {
            BulkImport run = locked(tx.em(), work.importId);
            if (!run.isFinished()) {
                run.completed(tx.now());
                outbox.publish(tx, "import.completed", run.id().toString(), run.requestedBy(), data(run));
            }
            return null;
        });
        leases.release(JOB, leaseKey(work.tenantId, work.importId));
    }

    void failed(UUID tenantId, UUID importId, Throwable error) {
        String reason = error instanceof ImportFileRejected
                ? error.getMessage()
                : "The import stopped on a server error; rows up to the last recorded one were imported";
        if (!(error instanceof ImportFileRejected)) {
            LOG.log(Level.WARNING, "Import " + importId + " failed", error);
        }
        tenantData.call(tenantId, tx -> {
            BulkImport run = locked(tx.em(), importId);
            if (!run.isFinished()) {
                run.failed(tx.now(), reason);
                Map<String, Object> data = data(run);
                data.put("error", reason);
                outbox.publish(tx, "import.failed", run.id().toString(), run.requestedBy(), data);
            }
            return null;
        });
        leases.release(JOB, leaseKey(tenantId, importId));
    }

    static Map<String, Object> data(BulkImport run) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("import_id", run.id());
        data.put("entity", run.entity());
        data.put("document_id", run.documentId());
        data.put("mode", run.modeName());
        data.put("dry_run", run.isDryRun());
        data.put("rows", run.rowsRead());
        data.put("created", run.created());
        data.put("updated", run.updated());
        data.put("unchanged", run.unchanged());
        data.put("rejected", run.rejected());
        return data;
    }

    static BulkImport locked(EntityManager em, UUID importId) {
        BulkImport run = em.find(BulkImport.class, importId, LockModeType.PESSIMISTIC_WRITE);
        if (run == null) {
            throw new IllegalStateException("No import " + importId);
        }
        return run;
    }

    static void closeQuietly(TableCursor cursor) {
        try {
            cursor.close();
        } catch (IOException e) {
            LOG.log(Level.FINE, "Closing an import file", e);
        }
    }
}
