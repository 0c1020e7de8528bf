package dev.procura.dataexport;

import jakarta.batch.api.AbstractBatchlet;
import jakarta.batch.api.BatchProperty;
import jakarta.enterprise.context.Dependent;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.time.Clock;
import java.util.UUID;

/**
 * The one step of the data-export job: writes the archive and records how it ended. An archive
 * streamed to S3 cannot resume half-way, so a failed run is not retried here; the admin asks again.
 */
@Named
@Dependent
public class DataExportStep extends AbstractBatchlet {

    @Inject
    @BatchProperty
    String export;

    @Inject
    ExportArchive archive;

    @Inject
    DataExportOutcomes outcomes;

    @Inject
    Clock clock;

    @Override
    public String process() {
        UUID exportId = UUID.fromString(export);
        DataExport started = outcomes.started(exportId);
        if (started == null) {
            return "SKIPPED";
        }
        try {
            ExportArchive.Written written =
                    archive.write(started.tenantId(), exportId, started.objectKey(), clock.instant());
            outcomes.completed(exportId, written.bytes(), written.contents());
            return "COMPLETED";
        } catch (RuntimeException | Error e) {
            outcomes.failed(exportId, e);
            throw e;
        }
    }
}
