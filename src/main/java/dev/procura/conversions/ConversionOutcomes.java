package dev.procura.conversions;

import dev.procura.notifications.NotificationType;
import dev.procura.platform.batch.JobLeases;
import dev.procura.platform.failures.Failure;
import dev.procura.platform.tenancy.TenantTransactions;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.ProcurementEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * How a conversion ends: completed (its requester is told the file is ready, in-app and by email as
 * they chose), failed (with a reason fit for the API) or cancelled. Each end publishes its event
 * with its audit line, clears the staged rows of a conversion that will not resume and gives the
 * job's lease back.
 */
@ApplicationScoped
public class ConversionOutcomes {

    static final String JOB = "conversion";
    private static final Logger LOG = Logger.getLogger(ConversionOutcomes.class.getName());

    @Inject
    TenantTransactions tenantData;

    @Inject
    ProcurementEvents events;

    @Inject
    JobLeases leases;

    static String leaseKey(UUID tenantId, UUID conversionId) {
        return tenantId + "/" + conversionId;
    }

    void completed(UUID tenantId, UUID conversionId, long bytes, UUID documentId, String filename) {
        tenantData.call(tenantId, tx -> {
            Conversion conversion = ConversionSteps.locked(tx.em(), conversionId);
            conversion.completed(tx.now(), bytes, documentId);
            clearStaged(tx, conversionId);
            Map<String, Object> data = data(conversion);
            data.put("document_id", documentId);
            data.put("filename", filename);
            data.put("output_bytes", bytes);
            events.publish(tx, conversion.requestedBy(), "conversion.completed", conversionId, data);
            tellRequester(tx, conversion, filename);
            return null;
        });
        leases.release(JOB, leaseKey(tenantId, conversionId));
    }

    void failed(UUID tenantId, UUID conversionId, Throwable error) {
        String reason = reason(error);
        LOG.log(Level.WARNING, "Conversion " + conversionId + " of tenant " + tenantId + " failed: " + reason, error);
        tenantData.call(tenantId, tx -> {
            Conversion conversion = ConversionSteps.locked(tx.em(), conversionId);
            if (conversion.isFinished()) {
                return null;
            }
            conversion.failed(tx.now(), reason);
            Map<String, Object> data = data(conversion);
            data.put("error", reason);
            // The staged rows stay: a retry goes on from the last chunk staged.
            events.publish(tx, conversion.requestedBy(), "conversion.failed", conversionId, data);
            return null;
        });
        leases.release(JOB, leaseKey(tenantId, conversionId));
    }

    void cancelled(UUID tenantId, UUID conversionId) {
        tenantData.call(tenantId, tx -> {
            Conversion conversion = ConversionSteps.locked(tx.em(), conversionId);
            if (!conversion.isFinished()) {
                conversion.cancelled(tx.now());
            }
            clearStaged(tx, conversionId);
            events.publish(tx, conversion.requestedBy(), "conversion.cancelled", conversionId, data(conversion));
            return null;
        });
        leases.release(JOB, leaseKey(tenantId, conversionId));
    }

    /** The reason as the API may show it: a failure's own words; anything else by its kind only. */
    static String reason(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof Failure failure) {
                return failure.getMessage();
            }
            if (t instanceof OutputTooLarge tooLarge) {
                return tooLarge.getMessage();
            }
        }
        return "The conversion stopped on an internal error; the server log has the details";
    }

    private static void clearStaged(TenantTx tx, UUID conversionId) {
        tx.em()
                .createNativeQuery("DELETE FROM conversion_chunks WHERE conversion_id = ?1")
                .setParameter(1, conversionId)
                .executeUpdate();
    }

    private static Map<String, Object> data(Conversion conversion) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("conversion_id", conversion.id());
        data.put("template_id", conversion.templateId());
        data.put("source_type", conversion.sourceType());
        data.put("format", conversion.format());
        data.put("requested_by", conversion.requestedBy());
        data.put("records", conversion.recordsDone());
        data.put("rows", conversion.rowsDone());
        return data;
    }

    /** A download_ready notification through the notification.requested port of notifications. */
    private void tellRequester(TenantTx tx, Conversion conversion, String filename) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("recipients", List.of(conversion.requestedBy()));
        data.put("type", NotificationType.DOWNLOAD_READY.wireName());
        data.put("title", "Your file is ready: " + filename);
        data.put(
                "body",
                conversion.templateName() + ": " + conversion.recordsDone() + " records converted to "
                        + conversion.format().toUpperCase(java.util.Locale.ROOT) + ".");
        data.put("link", "/api/v1/tenants/" + tx.tenantId() + "/conversions/" + conversion.id() + "/download");
        data.put("conversion_id", conversion.id());
        events.publish(tx, null, "notification.requested", conversion.id(), data);
    }
}
