package dev.procura.imports;

import dev.procura.platform.imports.ImportMode;
import dev.procura.platform.imports.MasterImport;
import java.util.UUID;

/**
 * What one run of the import job works on: the import, its master and options, and the last row
 * whose outcome is recorded (the checkpoint the reader resumes after and each chunk moves).
 */
final class ImportWork {

    final UUID tenantId;
    final UUID importId;
    final UUID actor;
    final UUID documentId;
    final MasterImport importer;
    final ImportMode mode;
    final boolean isDryRun;
    int lastRow;

    ImportWork(
            UUID tenantId,
            UUID importId,
            UUID actor,
            UUID documentId,
            MasterImport importer,
            ImportMode mode,
            boolean isDryRun,
            int lastRow) {
        this.tenantId = tenantId;
        this.importId = importId;
        this.actor = actor;
        this.documentId = documentId;
        this.importer = importer;
        this.mode = mode;
        this.isDryRun = isDryRun;
        this.lastRow = lastRow;
    }
}
