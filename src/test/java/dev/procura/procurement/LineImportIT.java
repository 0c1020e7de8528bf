package dev.procura.procurement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.procura.support.Api;
import dev.procura.support.Buying;
import dev.procura.support.Buying.Shop;
import dev.procura.support.Uploads;
import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.microshed.testing.jupiter.MicroShedTest;

/** Drafts made from uploaded CSV, XLSX and JSON documents (the README's sample files). */
@MicroShedTest
class LineImportIT {

    private static final Path SAMPLES = Path.of("samples", "imports");

    private static String upload(Shop shop, String file) throws IOException {
        return Uploads.upload(shop.token(), shop.tenantId(), file, Files.readAllBytes(SAMPLES.resolve(file)), Map.of())
                .expect(201)
                .json()
                .getString("id");
    }

    private static JsonObject orderImport(String documentId, UUID supplier) {
        return Json.createObjectBuilder()
                .add("document_id", documentId)
                .add(
                        "order",
                        Json.createObjectBuilder()
                                .add("supplier_id", supplier.toString())
                                .add("currency", "EUR")
                                .add("cost_center", "IT"))
                .build();
    }

    private static long orders(Shop shop) {
        return Api.get(shop.path("/purchase-orders"), shop.token())
                .expect(200)
                .json()
                .getInt("total");
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx", "json"})
    void aValidFileBecomesADraftOrderWithItsLines(String format) throws IOException {
        Shop shop = Buying.shop("Import " + format);
        UUID supplier = Buying.supplier(shop, "IMP");
        JsonObject order = Api.post(
                        shop.path("/purchase-orders/import"),
                        shop.token(),
                        orderImport(upload(shop, "purchase-order-lines." + format), supplier))
                .expect(201)
                .json();
        assertEquals("draft", order.getString("status"));
        List<JsonObject> lines = order.getJsonArray("lines").getValuesAs(JsonObject.class);
        assertEquals(
                List.of("LAP-14-I7", "MON-27-4K", "PAP-A4-80"),
                lines.stream().map(l -> l.getString("item_code")).toList());
        assertEquals(
                new BigDecimal("6249.75"),
                lines.get(0).getJsonNumber("net_amount").bigDecimalValue());
        // 6249.75 + 3899.90 + 990.00 = 11139.65 net; tax 1249.95 + 779.98 + 99.00 = 2128.93
        assertEquals(new BigDecimal("13268.58"), order.getJsonNumber("total").bigDecimalValue());
    }

    @ParameterizedTest
    @ValueSource(strings = {"csv", "xlsx", "json"})
    void aBrokenFileIsReportedPerRowAndFieldAndNothingIsCreated(String format) throws IOException {
        Shop shop = Buying.shop("Broken import " + format);
        UUID supplier = Buying.supplier(shop, "IMP");
        List<String> fields = Api.post(
                        shop.path("/purchase-orders/import"),
                        shop.token(),
                        orderImport(upload(shop, "purchase-order-lines-broken." + format), supplier))
                .fieldErrors();
        assertEquals(
                List.of("rows[1].quantity", "rows[2].unit_price", "rows[3].item_code", "rows[4].tax_rate"), fields);
        assertEquals(0, orders(shop));
    }

    @Test
    void aDocumentThatIsNotATableOrNotTheTenantsIsRefused() {
        Shop shop = Buying.shop("Unreadable import");
        UUID supplier = Buying.supplier(shop, "IMP");
        String text = Uploads.upload(shop.token(), shop.tenantId(), "notes.txt", "just\u0000some\u0001binary")
                .expect(201)
                .json()
                .getString("id");
        assertEquals(
                List.of("document_id"),
                Api.post(shop.path("/purchase-orders/import"), shop.token(), orderImport(text, supplier))
                        .fieldErrors());
        assertEquals(
                List.of("document_id"),
                Api.post(
                                shop.path("/purchase-orders/import"),
                                shop.token(),
                                orderImport(UUID.randomUUID().toString(), supplier))
                        .fieldErrors());
        String unknownColumn = Uploads.upload(
                        shop.token(), shop.tenantId(), "lines.csv", "item_code,quantity,unit_price,colour\nA,1,2,red\n")
                .expect(201)
                .json()
                .getString("id");
        assertEquals(
                List.of("rows[1].colour"),
                Api.post(shop.path("/purchase-orders/import"), shop.token(), orderImport(unknownColumn, supplier))
                        .fieldErrors());
        assertEquals(0, orders(shop));
    }

    @Test
    void rfqsQuotesAndInvoicesImportTheSameWay() throws IOException {
        Shop shop = Buying.shop("Import all");
        UUID supplier = Buying.supplier(shop, "IMP");
        String lines = upload(shop, "purchase-order-lines.json");
        JsonObject rfq = Api.post(
                        shop.path("/rfqs/import"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("document_id", lines)
                                .add(
                                        "rfq",
                                        Json.createObjectBuilder()
                                                .add("title", "Office refresh")
                                                .add("currency", "EUR")
                                                .add(
                                                        "due_date",
                                                        LocalDate.now(ZoneOffset.UTC)
                                                                .plusDays(7)
                                                                .toString())
                                                .add(
                                                        "supplier_ids",
                                                        Json.createArrayBuilder()
                                                                .add(supplier.toString())))
                                .build())
                .expect(201)
                .json();
        assertEquals(3, rfq.getJsonArray("lines").size());
        Api.post(shop.path("/rfqs/" + rfq.getString("id") + "/send"), shop.token(), null)
                .expect(200);
        JsonObject quote = Api.post(
                        shop.path("/quotes/import"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("document_id", lines)
                                .add(
                                        "quote",
                                        Json.createObjectBuilder()
                                                .add("rfq_id", rfq.getString("id"))
                                                .add("supplier_id", supplier.toString())
                                                .add("currency", "EUR")
                                                .add(
                                                        "valid_until",
                                                        LocalDate.now(ZoneOffset.UTC)
                                                                .plusDays(30)
                                                                .toString())
                                                .add("lead_time_days", 4))
                                .build())
                .expect(201)
                .json();
        assertEquals(new BigDecimal("13268.58"), quote.getJsonNumber("total").bigDecimalValue());

        String orderId = Buying.sentOrder(
                        shop,
                        supplier,
                        Buying.lines(
                                Buying.line("LAP-14-I7", "5", "1249.95", "20"),
                                Buying.line("MON-27-4K", "10", "389.99", "20"),
                                Buying.line("PAP-A4-80", "40", "24.75", "10")))
                .getString("id");
        JsonObject invoice = Api.post(
                        shop.path("/invoices/import"),
                        shop.token(),
                        Json.createObjectBuilder()
                                .add("document_id", lines)
                                .add(
                                        "invoice",
                                        Json.createObjectBuilder()
                                                .add("purchase_order_id", orderId)
                                                .add("supplier_invoice_number", "IMP-1")
                                                .add("currency", "EUR")
                                                .add(
                                                        "invoice_date",
                                                        LocalDate.now(ZoneOffset.UTC)
                                                                .toString()))
                                .build())
                .expect(201)
                .json();
        assertEquals("draft", invoice.getString("status"));
        String invoiceId = invoice.getString("id");
        assertEquals(
                "mismatch",
                Api.post(shop.path("/invoices/" + invoiceId + "/match"), shop.token(), null)
                        .expect(200)
                        .json()
                        .getString("status"),
                "nothing received yet");
        for (int line = 1; line <= 3; line++) {
            Buying.receive(shop, orderId, line, List.of("5", "10", "40").get(line - 1), null);
        }
        JsonObject matched = Api.post(shop.path("/invoices/" + invoiceId + "/match"), shop.token(), null)
                .expect(200)
                .json();
        assertEquals("matched", matched.getString("status"));
        assertTrue(matched.get("mismatches") == null || matched.isNull("mismatches"));
        assertEquals(
                "paid",
                Api.post(shop.path("/invoices/" + invoiceId + "/pay"), shop.token(), null)
                        .expect(200)
                        .json()
                        .getString("status"));
    }
}
