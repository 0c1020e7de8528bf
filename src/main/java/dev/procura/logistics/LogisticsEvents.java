package dev.procura.logistics;

import dev.procura.platform.events.TenantOutbox;
import dev.procura.platform.tenancy.TenantTx;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * The logistics facts others care about, in the outbox of the transaction that makes them (and so
 * on the audit trail): {@code shipment.created}, {@code shipment.changed}, {@code shipment.packed},
 * {@code shipment.shipped}, {@code shipment.in_transit}, {@code shipment.delivered},
 * {@code shipment.returned}, {@code logistics.settings_changed}, {@code scan.recorded} (one scan)
 * and {@code scans.uploaded} (a batch, with its counts).
 */
@ApplicationScoped
class LogisticsEvents {

    @Inject
    TenantOutbox outbox;

    void shipment(TenantTx tx, UUID actor, String type, Shipment shipment) {
        outbox.publish(tx, type, shipment.id().toString(), actor, data(shipment));
    }

    void settingsChanged(TenantTx tx, UUID actor, LogisticsSettings settings) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("gs1_company_prefix", settings.gs1CompanyPrefix());
        data.put("digital_link_base", settings.digitalLinkBase());
        outbox.publish(tx, "logistics.settings_changed", "logistics_settings", actor, data);
    }

    void scanned(TenantTx tx, UUID actor, UUID scanId, Map<String, Object> data) {
        outbox.publish(tx, "scan.recorded", scanId.toString(), actor, data);
    }

    void uploaded(TenantTx tx, UUID actor, Map<String, Object> data) {
        outbox.publish(tx, "scans.uploaded", UUID.randomUUID().toString(), actor, data);
    }

    private static Map<String, Object> data(Shipment s) {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("shipment_id", s.id());
        data.put("number", s.number());
        data.put("direction", s.direction().code());
        data.put("status", s.status().code());
        putIfPresent(data, "purchase_order_id", s.purchaseOrderId());
        putIfPresent(data, "customer_id", s.customerId());
        putIfPresent(data, "plant_id", s.plantId());
        putIfPresent(data, "carrier", s.carrier());
        putIfPresent(data, "tracking_number", s.trackingNumber());
        if (!s.receiptNumbers().isEmpty()) {
            data.put("receipt_numbers", s.receiptNumbers());
        }
        if (!s.issueNumbers().isEmpty()) {
            data.put("issue_numbers", s.issueNumbers());
        }
        return data;
    }

    private static void putIfPresent(Map<String, Object> data, String key, Object value) {
        if (value != null) {
            data.put(key, value);
        }
    }
}
