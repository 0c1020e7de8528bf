package dev.procura.labels;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Label facts in the outbox of the transaction that makes them (and so on the audit trail):
 * {@code label_job.requested}, {@code label_job.completed}, {@code label_job.failed},
 * {@code label_template.created}, {@code label_template.changed}.
 */
@ApplicationScoped
class LabelEvents {

    @Inject
    TenantOutbox outbox;

    void requested(TenantTx tx, UUID actor, LabelJob job) {
        outbox.publish(tx, "label_job.requested", job.id().toString(), actor, data(job));
    }

    void completed(TenantTx tx, LabelJob job) {
        Map<String, Object> data = data(job);
        data.put("pages", job.pages());
        data.put("pdf_bytes", job.pdfBytes());
        data.put("render_millis", job.renderMillis());
        outbox.publish(tx, "label_job.completed", job.id().toString(), job.requestedBy(), data);
    }

    void failed(TenantTx tx, LabelJob job) {
        Map<String, Object> data = data(job);
        data.put("error", job.error());
        outbox.publish(tx, "label_job.failed", job.id().toString(), job.requestedBy(), data);
    }

    void templateCreated(TenantTx tx, UUID actor, LabelTemplate template) {
        outbox.publish(tx, "label_template.created", template.id().toString(), actor, templateData(template));
    }

    void templateChanged(TenantTx tx, UUID actor, LabelTemplate template) {
        outbox.publish(tx, "label_template.changed", template.id().toString(), actor, templateData(template));
    }

    private static Map<String, Object> data(LabelJob job) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("job_id", job.id());
        data.put("subject", job.subject());
        data.put(
                "symbologies",
                job.symbologies().stream().map(Symbology::apiName).toList());
        data.put("labels", job.labelCount());
        data.put("copies", job.copies());
        if (job.templateId() != null) {
            data.put("template_id", job.templateId());
        }
        return data;
    }

    private static Map<String, Object> templateData(LabelTemplate template) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("template_id", template.id());
        data.put("name", template.name());
        data.put("page", template.design().page());
        return data;
    }
}
