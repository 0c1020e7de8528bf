package dev.procura.dataexport;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.security.Caller;
import dev.procura.platform.storage.BlobStore;
import dev.procura.platform.tenancy.TenantContext;
import dev.procura.platform.tenancy.TenantTransactions;
import jakarta.batch.runtime.BatchRuntime;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.util.Properties;
import java.util.UUID;

/** Tenant admins export all of their company's data: asking starts a job; the status carries the download. */
@ApplicationScoped
public class DataExportService {

    static final String JOB = "data-export";

    @Inject
    DataExportRepository exports;

    @Inject
    DataExportOutcomes outcomes;

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantContext tenant;

    @Inject
    TenantOutbox outbox;

    @Inject
    BlobStore blobs;

    @Inject
    Clock clock;

    /** Records the export and its requested event (in the tenant's audit trail), then starts the job. */
    public DataExportView request(Caller caller) {
        UUID tenantId = tenant.tenantId();
        DataExport export = new DataExport(UUID.randomUUID(), tenantId, caller.userId(), clock.instant());
        tenantData.call(tx -> {
            exports.add(export);
            outbox.publish(
                    tx,
                    DataExportOutcomes.REQUESTED,
                    export.id().toString(),
                    caller.userId(),
                    DataExportOutcomes.data(export));
            return null;
        });
        Properties parameters = new Properties();
        parameters.setProperty("tenant", tenantId.toString());
        parameters.setProperty("export", export.id().toString());
        try {
            BatchRuntime.getJobOperator().start(JOB, parameters);
        } catch (RuntimeException e) {
            outcomes.failed(export.id(), e);
            throw e;
        }
        return view(export);
    }

    public DataExportView get(UUID id) {
        DataExport export =
                exports.find(tenant.tenantId(), id).orElseThrow(() -> new Failure.NotFound("No data export " + id));
        return view(export);
    }

    private DataExportView view(DataExport export) {
        String download = null;
        Instant expires = null;
        if (export.status() == DataExport.Status.COMPLETED) {
            download = blobs.presignedDownload(export.objectKey(), filename(export))
                    .toString();
            expires = clock.instant().plus(blobs.presignTtl());
        }
        return new DataExportView(
                export.id(),
                export.tenantId(),
                export.status().apiName(),
                export.requestedBy(),
                export.requestedAt(),
                export.startedAt(),
                export.completedAt(),
                export.sizeBytes(),
                export.tables(),
                export.rowCount(),
                export.files(),
                download,
                expires,
                export.error());
    }

    static String filename(DataExport export) {
        return "procura-export-" + export.tenantId() + "-"
                + export.requestedAt().toString().substring(0, 10) + ".zip";
    }
}
