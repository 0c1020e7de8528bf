package dev.procura.integrations;

import dev.procura.platform.buying.BuyingDocumentContents.Contents;
import dev.procura.platform.buying.BuyingDocumentContents.Line;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * The JSON an external system receives for a buying document: the event, the document's header,
 * totals and lines, and next to each of our ids the external id the system already gave it
 * (null when it has none yet). Absent values are JSON nulls, so the shape never varies.
 */
final class OutboundPayload {

    static final String SUPPLIER = "supplier";
    static final String ITEM = "item";
    static final String PURCHASE_ORDER = "purchase_order";

    /** External ids of the system by entity type, then by our id. */
    record Mapped(Map<String, Map<String, String>> byType) {
        String of(String entityType, Object ourId) {
            if (ourId == null) {
                return null;
            }
            return byType.getOrDefault(entityType, Map.of()).get(ourId.toString());
        }
    }

    private OutboundPayload() {}

    /** Our ids (of any entity type) whose external ids the payload of this document may name. */
    static Set<String> referencedIds(Contents document) {
        Set<String> ids = new LinkedHashSet<>();
        ids.add(document.id().toString());
        if (document.purchaseOrderId() != null) {
            ids.add(document.purchaseOrderId().toString());
        }
        if (document.supplierId() != null) {
            ids.add(document.supplierId().toString());
        }
        document.lines().stream()
                .map(Line::itemCode)
                .filter(code -> code != null)
                .forEach(ids::add);
        return ids;
    }

    static JsonObject of(
            String eventType,
            UUID eventId,
            Instant occurredAt,
            UUID tenantId,
            String systemCode,
            Contents document,
            Mapped mapped) {
        JsonObjectBuilder header = Json.createObjectBuilder()
                .add("type", document.documentType())
                .add("id", document.id().toString());
        text(header, "external_id", mapped.of(document.documentType(), document.id()));
        text(header, "number", document.number());
        text(header, "status", document.status());
        text(header, "reference", document.reference());
        text(header, "purchase_order_id", document.purchaseOrderId());
        text(header, "purchase_order_external_id", mapped.of(PURCHASE_ORDER, document.purchaseOrderId()));
        JsonObjectBuilder supplier = Json.createObjectBuilder();
        text(supplier, "id", document.supplierId());
        text(supplier, "external_id", mapped.of(SUPPLIER, document.supplierId()));
        header.add("supplier", supplier);
        text(header, "currency", document.currency());
        text(header, "date", document.documentDate());
        text(header, "due_date", document.dueDate());
        text(header, "cost_center", document.costCenter());
        text(header, "plant_id", document.plantId());
        amount(header, "subtotal", document.subtotal());
        amount(header, "tax_total", document.taxTotal());
        amount(header, "total", document.total());
        JsonArrayBuilder lines = Json.createArrayBuilder();
        for (Line line : document.lines()) {
            JsonObjectBuilder each = Json.createObjectBuilder().add("line", line.line());
            text(each, "item_code", line.itemCode());
            text(each, "item_external_id", mapped.of(ITEM, line.itemCode()));
            text(each, "description", line.description());
            amount(each, "quantity", line.quantity());
            text(each, "unit", line.unit());
            amount(each, "unit_price", line.unitPrice());
            amount(each, "tax_rate", line.taxRate());
            amount(each, "net_amount", line.netAmount());
            amount(each, "tax_amount", line.taxAmount());
            amount(each, "total_amount", line.totalAmount());
            lines.add(each);
        }
        header.add("lines", lines);
        JsonObjectBuilder payload = Json.createObjectBuilder().add("event_type", eventType);
        text(payload, "event_id", eventId);
        return payload.add("occurred_at", occurredAt.toString())
                .add("tenant_id", tenantId.toString())
                .add("system", systemCode)
                .add("document", header)
                .build();
    }

    private static void text(JsonObjectBuilder object, String name, Object value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value.toString());
        }
    }

    private static void amount(JsonObjectBuilder object, String name, BigDecimal value) {
        if (value == null) {
            object.addNull(name);
        } else {
            object.add(name, value);
        }
    }
}
