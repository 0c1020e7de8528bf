package dev.procura.integrations;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.platform.buying.BuyingDocumentContents.Contents;
import dev.procura.platform.buying.BuyingDocumentContents.Line;
import jakarta.json.JsonObject;
import jakarta.json.JsonValue;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OutboundPayloadTest {

    private static final UUID TENANT = UUID.randomUUID();
    private static final UUID ORDER = UUID.randomUUID();
    private static final UUID SUPPLIER = UUID.randomUUID();
    private static final UUID EVENT = UUID.randomUUID();

    private static Contents order() {
        return new Contents(
                "purchase_order",
                ORDER,
                "PO-000007",
                "approved",
                SUPPLIER,
                null,
                null,
                "EUR",
                LocalDate.parse("2026-12-07"),
                LocalDate.parse("2026-12-14"),
                "IT",
                null,
                new BigDecimal("100.00"),
                new BigDecimal("23.00"),
                new BigDecimal("123.00"),
                List.of(
                        new Line(
                                1,
                                "LAPTOP",
                                "LAPTOP item",
                                new BigDecimal("2"),
                                "ea",
                                new BigDecimal("50.00"),
                                new BigDecimal("23"),
                                new BigDecimal("100.00"),
                                new BigDecimal("23.00"),
                                new BigDecimal("123.00")),
                        new Line(2, "CABLE", "Cable", BigDecimal.ONE, "ea", null, null, null, null, null)));
    }

    private static JsonObject payload(Map<String, Map<String, String>> mapped) {
        return OutboundPayload.of(
                "purchase_order.approved",
                EVENT,
                Instant.parse("2026-12-07T10:00:00Z"),
                TENANT,
                "erp",
                order(),
                new OutboundPayload.Mapped(mapped));
    }

    @Test
    void theEnvelopeNamesTheEventTheTenantAndTheSystem() {
        JsonObject json = payload(Map.of());
        assertEquals("purchase_order.approved", json.getString("event_type"));
        assertEquals(EVENT.toString(), json.getString("event_id"));
        assertEquals("2026-12-07T10:00:00Z", json.getString("occurred_at"));
        assertEquals(TENANT.toString(), json.getString("tenant_id"));
        assertEquals("erp", json.getString("system"));
    }

    @Test
    void theDocumentCarriesItsHeaderTotalsAndLines() {
        JsonObject document = payload(Map.of()).getJsonObject("document");
        assertEquals("purchase_order", document.getString("type"));
        assertEquals(ORDER.toString(), document.getString("id"));
        assertEquals("PO-000007", document.getString("number"));
        assertEquals("approved", document.getString("status"));
        assertEquals("EUR", document.getString("currency"));
        assertEquals("2026-12-07", document.getString("date"));
        assertEquals("2026-12-14", document.getString("due_date"));
        assertEquals("IT", document.getString("cost_center"));
        assertEquals(new BigDecimal("123.00"), document.getJsonNumber("total").bigDecimalValue());
        assertEquals(
                new BigDecimal("23.00"), document.getJsonNumber("tax_total").bigDecimalValue());
        assertEquals(2, document.getJsonArray("lines").size());
        JsonObject first = document.getJsonArray("lines").getJsonObject(0);
        assertEquals(1, first.getInt("line"));
        assertEquals("LAPTOP", first.getString("item_code"));
        assertEquals(new BigDecimal("2"), first.getJsonNumber("quantity").bigDecimalValue());
        assertEquals(new BigDecimal("50.00"), first.getJsonNumber("unit_price").bigDecimalValue());
    }

    @Test
    void unmappedIdsAndAbsentValuesAreNullsSoTheShapeNeverVaries() {
        JsonObject document = payload(Map.of()).getJsonObject("document");
        assertEquals(JsonValue.NULL, document.get("external_id"));
        assertEquals(JsonValue.NULL, document.getJsonObject("supplier").get("external_id"));
        assertEquals(JsonValue.NULL, document.get("purchase_order_id"));
        assertEquals(JsonValue.NULL, document.get("plant_id"));
        JsonObject second = document.getJsonArray("lines").getJsonObject(1);
        assertEquals(JsonValue.NULL, second.get("item_external_id"));
        assertEquals(JsonValue.NULL, second.get("unit_price"));
    }

    @Test
    void externalIdsTheSystemGaveAreNamedNextToOurs() {
        JsonObject document = payload(Map.of(
                        "supplier", Map.of(SUPPLIER.toString(), "V-100"),
                        "item", Map.of("LAPTOP", "MAT-9"),
                        "purchase_order", Map.of(ORDER.toString(), "4500001")))
                .getJsonObject("document");
        assertEquals("V-100", document.getJsonObject("supplier").getString("external_id"));
        assertEquals(SUPPLIER.toString(), document.getJsonObject("supplier").getString("id"));
        assertEquals("4500001", document.getString("external_id"));
        assertEquals("MAT-9", document.getJsonArray("lines").getJsonObject(0).getString("item_external_id"));
        assertEquals(
                JsonValue.NULL, document.getJsonArray("lines").getJsonObject(1).get("item_external_id"));
    }

    @Test
    void aMappingOfAnotherTypeWithTheSameIdIsNotTaken() {
        JsonObject document =
                payload(Map.of("item", Map.of(SUPPLIER.toString(), "WRONG"))).getJsonObject("document");
        assertEquals(JsonValue.NULL, document.getJsonObject("supplier").get("external_id"));
    }

    @Test
    void theReferencedIdsAreTheDocumentItsSupplierAndItsItems() {
        assertEquals(
                Set.of(ORDER.toString(), SUPPLIER.toString(), "LAPTOP", "CABLE"),
                OutboundPayload.referencedIds(order()));
        assertTrue(OutboundPayload.referencedIds(order()).contains("LAPTOP"));
    }
}
