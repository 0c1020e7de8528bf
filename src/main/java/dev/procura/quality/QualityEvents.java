package dev.procura.quality;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Publishes quality facts to the tenant outbox in the caller's transaction. Data maps leave out
 * what is absent (a receipt inspection has no work order), so consumers read only keys with values.
 */
@ApplicationScoped
class QualityEvents {

    @Inject
    TenantOutbox outbox;

    void plan(TenantTx tx, UUID actor, String event, InspectionPlan plan) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("plan_id", plan.id());
        data.put("item_code", plan.itemCode());
        data.put("scope", plan.scope());
        put(data, "operation", plan.operation());
        data.put("active", plan.isActive());
        data.put(
                "characteristics",
                plan.characteristics().stream().map(Characteristic::code).toList());
        outbox.publish(tx, event, plan.id().toString(), actor, data);
    }

    void inspection(TenantTx tx, UUID actor, String event, Inspection inspection, Map<String, Object> extra) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("inspection_id", inspection.id());
        data.put("number", inspection.number());
        data.put("item_code", inspection.itemCode());
        data.put("plan_id", inspection.planId());
        data.put("source", inspection.source());
        put(data, "plant_id", inspection.plantId());
        put(data, "receipt_id", inspection.receiptId());
        put(data, "receipt_line", inspection.receiptLine());
        put(data, "supplier_id", inspection.supplierId());
        put(data, "work_order_id", inspection.workOrderId());
        put(data, "operation", inspection.operation());
        data.put("quantity", inspection.quantity());
        data.put("status", inspection.status());
        data.putAll(extra);
        outbox.publish(tx, event, inspection.id().toString(), actor, data);
    }

    /** What an NCR is raised from: exactly these keys, those without a value left out. */
    void rejected(TenantTx tx, UUID actor, Inspection inspection, List<String> defectCodes) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("inspection_id", inspection.id());
        data.put("number", inspection.number());
        data.put("item_code", inspection.itemCode());
        put(data, "plant_id", inspection.plantId());
        put(data, "supplier_id", inspection.supplierId());
        put(data, "receipt_id", inspection.receiptId());
        put(data, "work_order_id", inspection.workOrderId());
        put(data, "rejected_quantity", inspection.rejectedQuantity());
        data.put("defect_codes", defectCodes);
        outbox.publish(tx, "inspection.rejected", inspection.id().toString(), actor, data);
    }

    private static void put(Map<String, Object> data, String key, Object value) {
        if (value != null) {
            data.put(key, value);
        }
    }
}
