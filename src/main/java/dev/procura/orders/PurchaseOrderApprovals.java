package dev.procura.orders;

import dev.procura.platform.approvals.ApprovableDocuments;
import dev.procura.platform.approvals.ApprovalSubject;
import dev.procura.platform.tenancy.TenantTx;
import dev.procura.procurement.ProcurementEvents;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Purchase orders as the approvals side sees them, and what approval and rejection do to them. */
@ApplicationScoped
public class PurchaseOrderApprovals implements ApprovableDocuments {

    @Inject
    Clock clock;

    public static final String TYPE = "purchase_order";

    @Inject
    PurchaseOrderService orders;

    @Inject
    ProcurementEvents events;

    @Override
    public String documentType() {
        return TYPE;
    }

    @Override
    public java.util.Set<String> fieldNames() {
        return java.util.Set.of(
                "number", "total", "subtotal", "currency", "cost_center", "supplier_id", "order_date", "lines");
    }

    @Override
    public Optional<ApprovalSubject> subject(TenantTx tx, UUID documentId) {
        EntityManager em = tx.em();
        return Optional.ofNullable(em.find(PurchaseOrder.class, documentId)).map(PurchaseOrderApprovals::subject);
    }

    /** The fields approval conditions may read. */
    static ApprovalSubject subject(PurchaseOrder order) {
        Map<String, Object> fields = new LinkedHashMap<>();
        fields.put("number", order.number());
        fields.put("total", order.totals().total());
        fields.put("subtotal", order.totals().subtotal());
        fields.put("currency", order.currency());
        fields.put("cost_center", order.costCenter());
        fields.put("supplier_id", order.supplierId().toString());
        fields.put("order_date", order.orderDate().toString());
        fields.put("lines", order.lines().size());
        return new ApprovalSubject(TYPE, order.id(), order.number(), order.submittedBy(), fields);
    }

    /** Approval re-checks the budgets: another order may have been approved meanwhile. */
    @Override
    public void approved(TenantTx tx, UUID documentId, UUID decidedBy) {
        EntityManager em = tx.em();
        PurchaseOrder order = PurchaseOrderService.existing(em, documentId);
        orders.checkBudgets(tx, decidedBy, order);
        order.approve(clock.instant());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("purchase_order_id", documentId);
        data.put("number", order.number());
        data.put("total", order.totals().total());
        data.put("currency", order.currency());
        data.put("approved_by", decidedBy == null ? "policy" : decidedBy.toString());
        events.publish(tx, decidedBy, "purchase_order.approved", documentId, data);
    }

    @Override
    public void rejected(TenantTx tx, UUID documentId, UUID decidedBy, String feedback) {
        EntityManager em = tx.em();
        PurchaseOrder order = PurchaseOrderService.existing(em, documentId);
        order.reject(feedback, clock.instant());
        events.publish(
                tx,
                decidedBy,
                "purchase_order.rejected",
                documentId,
                Map.of("purchase_order_id", documentId, "number", order.number(), "feedback", feedback));
    }
}
