package dev.procura.dataexport;

import dev.procura.notifications.NotificationType;
import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How an export moves on: started, completed (its requester is told the ZIP is ready) or failed.
 * The record lives in the control database; each step is also an event in the tenant's outbox,
 * so the tenant's audit trail shows who exported its data and when.
 */
@ApplicationScoped
public class DataExportOutcomes {

    static final String REQUESTED = "data_export.requested";
    static final String COMPLETED = "data_export.completed";
    static final String FAILED = "data_export.failed";
    private static final Logger LOG = Logger.getLogger(DataExportOutcomes.class.getName());

    @Inject
    DataExportRepository exports;

    @Inject
    TenantTransactions tenantData;

    @Inject
    TenantOutbox outbox;

    @Inject
    Clock clock;

    /** Marks it running; null when it has already finished (a stale run). */
    DataExport started(UUID exportId) {
        DataExport export = exports.change(exportId, e -> {
            if (!e.isFinished()) {
                e.started(clock.instant());
            }
        });
        return export.isFinished() ? null : export;
    }

    void completed(UUID exportId, long bytes, ExportContents contents) {
        DataExport export = exports.change(exportId, e -> e.completed(clock.instant(), bytes, contents));
        tenantData.call(export.tenantId(), export.requestedBy(), tx -> {
            Map<String, Object> data = data(export);
            data.put("size_bytes", bytes);
            data.put("tables", contents.rowsByTable().size());
            data.put("rows", contents.rows());
            data.put("files", contents.files());
            outbox.publish(tx, COMPLETED, exportId.toString(), export.requestedBy(), data);
            tellRequester(tx, export);
            return null;
        });
    }

    void failed(UUID exportId, Throwable error) {
        String reason = reason(error);
        DataExport export = exports.change(exportId, e -> e.failed(clock.instant(), reason));
        LOG.log(Level.WARNING, "Data export " + exportId + " of tenant " + export.tenantId() + " failed", error);
        tenantData.call(export.tenantId(), export.requestedBy(), tx -> {
            Map<String, Object> data = data(export);
            data.put("error", reason);
            outbox.publish(tx, FAILED, exportId.toString(), export.requestedBy(), data);
            return null;
        });
    }

    static Map<String, Object> data(DataExport export) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("export_id", export.id());
        data.put("requested_by", export.requestedBy());
        data.put("object_key", export.objectKey());
        return data;
    }

    /** A failure's own words; anything else by its kind only (no internals in the API). */
    static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof Failure failure) {
                return failure.getMessage();
            }
        }
        return "The export stopped on an internal error; the server log has the details";
    }

    /** A download_ready notification through the notification.requested port of notifications. */
    private void tellRequester(TenantTx tx, DataExport export) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("recipients", List.of(export.requestedBy()));
        data.put("type", NotificationType.DOWNLOAD_READY.wireName());
        data.put("title", "Your data export is ready");
        data.put(
                "body",
                "The export of the company's data (" + export.tables() + " tables, " + export.rowCount() + " rows, "
                        + export.files() + " files) can be downloaded for a limited time.");
        data.put("link", "/api/v1/tenants/" + tx.tenantId() + "/exports/" + export.id());
        data.put("export_id", export.id());
        outbox.publish(tx, "notification.requested", export.id().toString(), null, data);
    }
}
