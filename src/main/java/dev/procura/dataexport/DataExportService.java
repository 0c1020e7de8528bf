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
        return view(start(tenant.tenantId(), caller.userId()));
    }

    /**
     * The same for a tenant named here, on the system's behalf (an expired trial's data, before the
     * tenant is destroyed); {@code requestedBy} is told when it is ready.
     */
    public UUID requestFor(UUID tenantId, UUID requestedBy) {
        return start(tenantId, requestedBy).id();
    }

    /** Whether the export finished well (completed), badly (failed), or not yet (empty). */
    public java.util.Optional<Boolean> finished(UUID tenantId, UUID exportId) {
        DataExport export =
                exports.find(tenantId, exportId).orElseThrow(() -> new Failure.NotFound("No data export " + exportId));
        return switch (export.status()) {
            case COMPLETED -> java.util.Optional.of(true);
            case FAILED -> java.util.Optional.of(false);
            default -> java.util.Optional.empty();
        };
    }

    private DataExport start(UUID tenantId, UUID requestedBy) {
        DataExport export = new DataExport(UUID.randomUUID(), tenantId, requestedBy, clock.instant());
        tenantData.call(tenantId, requestedBy, tx -> {
            exports.add(export);
            outbox.publish(
                    tx,
                    DataExportOutcomes.REQUESTED,
                    export.id().toString(),
                    requestedBy,
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
        return export;
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
