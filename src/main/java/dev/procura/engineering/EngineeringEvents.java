package dev.procura.engineering;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The project engineering facts others care about, in the outbox of the transaction that makes
 * them (and so on the audit trail): {@code project_bom.line_added}, {@code project_bom.line_removed}, {@code project_bom.procured},
 * {@code change_order.requested}, {@code change_order.changed}, {@code change_order.decided},
 * {@code drawing.submitted}, {@code drawing.superseded}, {@code drawing.commented},
 * {@code drawing.decided}. State changes themselves are the workflow engine's
 * {@code workflow.transitioned}.
 */
@ApplicationScoped
class EngineeringEvents {

    @Inject
    TenantOutbox outbox;

    void bomLineAdded(TenantTx tx, UUID actor, BomLine line) {
        outbox.publish(tx, "project_bom.line_added", line.projectId().toString(), actor, bomData(line));
    }

    void bomLineRemoved(TenantTx tx, UUID actor, BomLine line) {
        outbox.publish(tx, "project_bom.line_removed", line.projectId().toString(), actor, bomData(line));
    }

    void bomProcured(TenantTx tx, UUID actor, UUID projectId, String kind, List<ProcurementViews.DraftView> drafts) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("project_id", projectId);
        data.put("kind", kind);
        data.put(
                "documents",
                drafts.stream().map(ProcurementViews.DraftView::number).toList());
        outbox.publish(tx, "project_bom.procured", projectId.toString(), actor, data);
    }

    void changeOrder(TenantTx tx, String event, UUID actor, ChangeOrder order) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("change_order_id", order.id());
        data.put("project_id", order.projectId());
        data.put("number", order.number());
        data.put("status", order.status());
        data.put("approved", order.isApproved());
        data.put("cost_impact", order.costImpact());
        data.put("currency", order.currency());
        data.put("schedule_impact_days", order.scheduleImpactDays());
        outbox.publish(tx, "change_order." + event, order.id().toString(), actor, data);
    }

    void drawing(TenantTx tx, String event, UUID actor, DrawingRevision revision) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("revision_id", revision.id());
        data.put("project_id", revision.projectId());
        data.put("document_id", revision.documentId());
        data.put("version_number", revision.versionNumber());
        data.put("status", revision.status());
        data.put("frozen", revision.isFrozen());
        outbox.publish(tx, "drawing." + event, revision.id().toString(), actor, data);
    }

    private static Map<String, Object> bomData(BomLine line) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("project_id", line.projectId());
        data.put("line_id", line.id());
        if (line.parentId() != null) {
            data.put("parent_id", line.parentId());
        }
        data.put("position", line.position());
        data.put("item_code", line.itemCode());
        data.put("quantity", line.quantity());
        data.put("unit", line.unit());
        data.put("source", line.source().code());
        return data;
    }
}
