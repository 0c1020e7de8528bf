package dev.procura.ncrs;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/**
 * The NCR facts others care about, in the outbox of the transaction that makes them (and so on the
 * audit trail): {@code ncr.raised}, {@code ncr.changed}, {@code ncr.action_added},
 * {@code ncr.action_changed}, {@code ncr.action_done}. State changes are the workflow engine's own
 * {@code workflow.transitioned}. {@code supplier_id} travels as a UUID: the supplier scorecard's
 * standings observe it.
 */
@ApplicationScoped
class NcrEvents {

    @Inject
    TenantOutbox outbox;

    void raised(TenantTx tx, UUID actor, Ncr ncr) {
        outbox.publish(tx, "ncr.raised", ncr.id().toString(), actor, data(ncr));
    }

    void changed(TenantTx tx, UUID actor, Ncr ncr, UUID previousSupplier) {
        Map<String, Object> data = data(ncr);
        if (previousSupplier != null && !Objects.equals(previousSupplier, ncr.supplierId())) {
            data.put("previous_supplier_id", previousSupplier);
        }
        outbox.publish(tx, "ncr.changed", ncr.id().toString(), actor, data);
    }

    void actionAdded(TenantTx tx, UUID actor, Ncr ncr, NcrAction action) {
        outbox.publish(tx, "ncr.action_added", ncr.id().toString(), actor, actionData(ncr, action));
    }

    void actionChanged(TenantTx tx, UUID actor, Ncr ncr, NcrAction action) {
        outbox.publish(tx, "ncr.action_changed", ncr.id().toString(), actor, actionData(ncr, action));
    }

    void actionDone(TenantTx tx, UUID actor, Ncr ncr, NcrAction action) {
        outbox.publish(tx, "ncr.action_done", ncr.id().toString(), actor, actionData(ncr, action));
    }

    private static Map<String, Object> data(Ncr ncr) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ncr_id", ncr.id());
        data.put("number", ncr.number());
        data.put("source", ncr.source().code());
        data.put("item_code", ncr.itemCode());
        data.put("quantity", ncr.quantity());
        data.put("status", ncr.status());
        putIfPresent(data, "supplier_id", ncr.supplierId());
        putIfPresent(data, "plant_id", ncr.plantId());
        putIfPresent(data, "inspection_id", ncr.inspectionId());
        putIfPresent(data, "receipt_id", ncr.receiptId());
        putIfPresent(data, "disposition", ncr.disposition());
        data.put("defect_codes", ncr.defectCodes());
        return data;
    }

    private static Map<String, Object> actionData(Ncr ncr, NcrAction action) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("ncr_id", ncr.id());
        data.put("number", ncr.number());
        data.put("action_id", action.id());
        data.put("kind", action.kind());
        data.put("owner_id", action.ownerId());
        data.put("due_on", action.dueOn().toString());
        putIfPresent(
                data,
                "done_on",
                action.doneOn() == null ? null : action.doneOn().toString());
        return data;
    }

    private static void putIfPresent(Map<String, Object> data, String key, Object value) {
        if (value != null) {
            data.put(key, value);
        }
    }
}
