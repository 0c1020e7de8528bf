package dev.procura.customfields;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Await;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Uploads;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.microshed.testing.jupiter.MicroShedTest;

/**
 * Every record type with custom fields besides suppliers (CustomFieldIT): RFQs, quotes, purchase
 * orders, invoices and documents take values on write (400 for a bad one), show them on every read
 * and filter their lists on them.
 */
@MicroShedTest
class CustomFieldRecordsIT {

    private static final String KEY = "project_code";

    private static JsonObjectBuilder project(String code) {
        return Json.createObjectBuilder().add(KEY, code);
    }

    private static void define(Shop shop, String entityType) {
        CustomFieldIT.define(
                shop,
                CustomFieldIT.field(entityType, KEY, "text")
                        .add("pattern", "P-[0-9]+")
                        .add("indexed", true)
                        .build());
    }

    /** The record shows the value when read, and its list filtered on the value holds exactly it. */
    private static void shownAndFiltered(Shop shop, String collection, JsonObject record, String code) {
        String id = record.getString("id");
        assertEquals(code, record.getJsonObject("custom_fields").getString(KEY), collection + " as written");
        assertEquals(
                code,
                Api.get(shop.path(collection + "/" + id), shop.token())
                        .expect(200)
                        .json()
                        .getJsonObject("custom_fields")
                        .getString(KEY),
                collection + " as read");
        assertEquals(
                List.of(id),
                Api.get(shop.path(collection + "?cf." + KEY + "=" + code), shop.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .map(r -> r.getString("id"))
                        .toList(),
                collection + " filtered");
        assertEquals(
                0,
                Api.get(shop.path(collection + "?cf." + KEY + "=P-0"), shop.token())
                        .expect(200)
                        .json()
                        .getInt("total"));
    }

    private static void refused(Shop shop, String collection, JsonObjectBuilder body) {
        JsonObject problem = Api.post(
                        shop.path(collection),
                        shop.token(),
                        body.add("custom_fields", project("Q-1")).build())
                .expectProblem(400, "validation");
        assertEquals(
                "custom_fields." + KEY,
                problem.getJsonArray("errors").getJsonObject(0).getString("field"),
                problem.toString());
    }

    private static JsonObjectBuilder rfqBody(UUID supplier) {
        return Json.createObjectBuilder()
                .add("title", "Laptops")
                .add("currency", "EUR")
                .add("due_date", LocalDate.now(ZoneOffset.UTC).plusDays(5).toString())
                .add("supplier_ids", Json.createArrayBuilder().add(supplier.toString()))
                .add("lines", Buying.lines(Buying.line("LAP-14", "10", null, null)));
    }

    private static JsonObjectBuilder quoteBody(String rfqId, UUID supplier) {
        return Json.createObjectBuilder()
                .add("rfq_id", rfqId)
                .add("supplier_id", supplier.toString())
                .add("currency", "EUR")
                .add("valid_until", LocalDate.now(ZoneOffset.UTC).plusDays(30).toString())
                .add("lead_time_days", 5)
                .add("lines", Buying.lines(Buying.line("LAP-14", "10", "1000", "23")));
    }

    private static JsonObjectBuilder invoiceBody(String orderId) {
        return Json.createObjectBuilder()
                .add("purchase_order_id", orderId)
                .add(
                        "supplier_invoice_number",
                        "INV-" + UUID.randomUUID().toString().substring(0, 8))
                .add("currency", "EUR")
                .add("invoice_date", LocalDate.now(ZoneOffset.UTC).toString())
                .add("lines", Buying.lines(Buying.line("LAP-14", "1", "1000", "23")));
    }

    @Test
    void rfqsQuotesOrdersInvoicesAndDocumentsTakeShowAndFilterCustomFields() {
        Shop shop = Buying.shop("Custom fields on every record");
        for (String type : List.of("rfq", "quote", "purchase_order", "invoice", "document")) {
            define(shop, type);
        }
        UUID acme = Buying.supplier(shop, "ACME");

        refused(shop, "/rfqs", rfqBody(acme));
        JsonObject rfq = Api.post(
                        shop.path("/rfqs"),
                        shop.token(),
                        rfqBody(acme).add("custom_fields", project("P-1")).build())
                .expect(201)
                .json();
        shownAndFiltered(shop, "/rfqs", rfq, "P-1");
        JsonObject revised = Api.put(
                        shop.path("/rfqs/" + rfq.getString("id")),
                        shop.token(),
                        rfqBody(acme).add("custom_fields", project("P-11")).build())
                .expect(200)
                .json();
        assertEquals("P-11", revised.getJsonObject("custom_fields").getString(KEY));
        Api.post(shop.path("/rfqs/" + rfq.getString("id") + "/send"), shop.token(), null)
                .expect(200);

        refused(shop, "/quotes", quoteBody(rfq.getString("id"), acme));
        JsonObject quote = Api.post(
                        shop.path("/quotes"),
                        shop.token(),
                        quoteBody(rfq.getString("id"), acme)
                                .add("custom_fields", project("P-2"))
                                .build())
                .expect(201)
                .json();
        shownAndFiltered(shop, "/quotes", quote, "P-2");

        refused(
                shop,
                "/purchase-orders",
                Buying.orderBody(acme, Buying.lines(Buying.line("LAP-14", "1", "1000", "23"))));
        CustomFieldIT.define(
                shop, CustomFieldIT.field("purchase_order", "nickname", "text").build());
        String nickname = "zephyr"
                + java.util.concurrent.ThreadLocalRandom.current()
                        .ints(6, 0, 20)
                        .mapToObj(i -> String.valueOf("bcdfghjklmnpqrstvwxz".charAt(i)))
                        .collect(java.util.stream.Collectors.joining());
        JsonObject order = Api.post(
                        shop.path("/purchase-orders"),
                        shop.token(),
                        Buying.orderBody(acme, Buying.lines(Buying.line("LAP-14", "1", "1000", "23")))
                                .add("custom_fields", project("P-3").add("nickname", nickname))
                                .build())
                .expect(201)
                .json();
        shownAndFiltered(shop, "/purchase-orders", order, "P-3");
        // Search finds the order by a custom field value.
        Await.until(
                "the order found by its nickname",
                Duration.ofSeconds(30),
                () -> Api.get(shop.path("/search?q=" + nickname), shop.token())
                        .expect(200)
                        .json()
                        .getJsonArray("items")
                        .getValuesAs(JsonObject.class)
                        .stream()
                        .filter(hit -> hit.getString("id").equals(order.getString("id")))
                        .findFirst());
        String orderId = order.getString("id");
        Buying.submitAndApprove(shop, orderId);
        JsonObject sent = Api.post(shop.path("/purchase-orders/" + orderId + "/send"), shop.token(), null)
                .expect(200)
                .json();
        assertEquals("P-3", sent.getJsonObject("custom_fields").getString(KEY), "every view of the order shows them");

        refused(shop, "/invoices", invoiceBody(orderId));
        JsonObject invoice = Api.post(
                        shop.path("/invoices"),
                        shop.token(),
                        invoiceBody(orderId)
                                .add("custom_fields", project("P-4"))
                                .build())
                .expect(201)
                .json();
        shownAndFiltered(shop, "/invoices", invoice, "P-4");

        String documentId = Uploads.upload(shop.token(), shop.tenantId(), "notes.txt", "Project notes")
                .expect(201)
                .json()
                .getString("id");
        JsonObjectBuilder describe =
                Json.createObjectBuilder().add("filename", "notes.txt").add("mime_type", "text/plain");
        Api.put(
                        shop.path("/documents/" + documentId),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("filename", "notes.txt")
                                .add("mime_type", "text/plain")
                                .add("custom_fields", project("Q-5"))
                                .build())
                .expectProblem(400, "validation");
        JsonObject document = Api.put(
                        shop.path("/documents/" + documentId),
                        shop.token(),
                        describe.add("custom_fields", project("P-5")).build())
                .expect(200)
                .json();
        shownAndFiltered(shop, "/documents", document, "P-5");
    }

    @Test
    void conversionsNameCustomFieldsAsColumns() throws Exception {
        Shop shop = Buying.shop("Custom fields in conversions");
        CustomFieldIT.define(
                shop, CustomFieldIT.field("supplier", "audit_score", "decimal").build());
        CustomFieldIT.define(
                shop, CustomFieldIT.field("supplier", "credit", "money").build());
        String acme = Api.post(
                        shop.path("/suppliers"),
                        shop.token(),
                        Buying.supplierBody("ACME")
                                .add(
                                        "custom_fields",
                                        Json.createObjectBuilder()
                                                .add("audit_score", 87.5)
                                                .add(
                                                        "credit",
                                                        Json.createObjectBuilder()
                                                                .add("amount", 5000)
                                                                .add("currency", "EUR")))
                                .build())
                .expect(201)
                .json()
                .getString("id");
        JsonObjectBuilder template = Json.createObjectBuilder()
                .add("name", "Scores")
                .add("source_type", "supplier")
                .add("format", "csv")
                .add(
                        "columns",
                        Json.createArrayBuilder()
                                .add(Json.createObjectBuilder().add("field", "code"))
                                .add(Json.createObjectBuilder()
                                        .add("field", "cf_audit_score")
                                        .add("label", "Score"))
                                .add(Json.createObjectBuilder()
                                        .add("field", "cf_credit")
                                        .add("label", "Credit")));
        Api.post(
                        shop.path("/templates"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("name", "Unknown")
                                .add("source_type", "supplier")
                                .add("format", "csv")
                                .add(
                                        "columns",
                                        Json.createArrayBuilder()
                                                .add(Json.createObjectBuilder().add("field", "cf_nope")))
                                .build())
                .expectProblem(400, "validation");
        String templateId = Api.post(shop.path("/templates"), shop.token(), template.build())
                .expect(201)
                .json()
                .getString("id");
        JsonObject done = dev.procura.support.Conversions.run(
                shop, shop.token(), dev.procura.support.Conversions.byIds(templateId, "supplier", List.of(acme)));
        assertEquals("completed", done.getString("status"), done.toString());
        String csv = new String(
                dev.procura.support.Conversions.file(shop, shop.token(), done.getString("id")),
                java.nio.charset.StandardCharsets.UTF_8);
        List<String> rows = csv.strip().lines().toList();
        assertEquals(2, rows.size(), csv);
        assertTrue(rows.get(0).contains("Score") && rows.get(0).contains("Credit"), rows.get(0));
        assertTrue(rows.get(1).startsWith("ACME,"), rows.get(1));
        assertTrue(rows.get(1).contains("87.5"), rows.get(1));
        assertTrue(rows.get(1).contains("5000"), rows.get(1));
    }
}
