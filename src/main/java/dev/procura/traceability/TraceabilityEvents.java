package dev.procura.traceability;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Publishes traceability facts to the tenant outbox in the change's transaction: they are its audit entries. */
@ApplicationScoped
public class TraceabilityEvents {

    @Inject
    TenantOutbox outbox;

    void publish(TenantTx tx, String eventType, UUID resourceId, Map<String, Object> data) {
        outbox.publish(tx, eventType, resourceId.toString(), tx.actor(), data);
    }

    void lot(TenantTx tx, String eventType, Lot lot) {
        publish(tx, eventType, lot.id(), lotData(lot));
    }

    void serial(TenantTx tx, String eventType, SerialNumber serial) {
        publish(tx, eventType, serial.id(), serialData(serial));
    }

    static Map<String, Object> lotData(Lot lot) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("lot_id", lot.id());
        data.put("number", lot.number());
        data.put("item_code", lot.itemCode());
        data.put("plant_id", lot.plantId());
        data.put("quantity", lot.quantity());
        data.put("unit", lot.unit());
        data.put("status", lot.status().code());
        data.put("expires_on", lot.expiresOn() == null ? null : lot.expiresOn().toString());
        data.put("supplier_lot", lot.supplierLot());
        return data;
    }

    static Map<String, Object> serialData(SerialNumber serial) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("serial_number_id", serial.id());
        data.put("number", serial.number());
        data.put("item_code", serial.itemCode());
        data.put("lot_id", serial.lotId());
        data.put("plant_id", serial.plantId());
        data.put("status", serial.status().code());
        data.put(
                "expires_on",
                serial.expiresOn() == null ? null : serial.expiresOn().toString());
        return data;
    }
}
